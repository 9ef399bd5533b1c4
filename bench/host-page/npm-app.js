// An application's entry as the README's npm section writes it: the package registers every element.
import 'strichka';
