export async function feedServerMiddleware(ctx, next) {
  return next();
}
