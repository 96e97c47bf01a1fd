import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/**
 * Serves the built console (`vite build` → `dist/`): its files, and `index.html` for any other
 * page address (the console routes in the browser). `/api` and addresses that look like files
 * (`/assets/x.js`) are never answered with the page.
 */
export function serveConsole(dir: string): Router {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  const router = express.Router();
  router.use(express.static(root, { index: 'index.html', fallthrough: true }));
  const fallback: RequestHandler = (req, res, next) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && extname(req.path) === '';
    if (!isPage || req.path === '/api' || req.path.startsWith('/api/') || !existsSync(index)) {
      next();
      return;
    }
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
