// `npm start`: serves the repository root so demo/ can load dist/ and demo/feeds/ offline.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

try {
  const { url } = await startStaticServer({ root: '.', port, host, index: '/demo/' });
  console.log(`Strichka demo: ${url}/demo/  (Ctrl+C to stop)`);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use: run PORT=8090 npm start`);
  process.exit(1);
}
