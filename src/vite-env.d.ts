/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the simple-rest backend the console talks to (default `/api`). */
  readonly VITE_API_URL?: string;
}
