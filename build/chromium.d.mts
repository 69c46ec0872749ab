// Types of build/chromium.mjs for the TypeScript tests.
import type { BrowserContext, Worker } from "playwright-core";
import type { Server } from "node:http";

export function chromiumPath(): string;
export function browserEnv(): NodeJS.ProcessEnv;
export function serveDirectory(root: string): Promise<{ server: Server; baseUrl: string }>;
export function launchWithExtension(
  extensionDir: string,
  options: { profileDir: string; headless?: boolean; viewport?: { width: number; height: number } },
): Promise<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>;
export function tabIdFor(serviceWorker: Worker, url: string, timeoutMs?: number): Promise<number>;
