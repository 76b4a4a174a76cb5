// Shared helpers of the project scripts: hashing inputs to decide what must be redone, and
// running commands with their output visible.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** SHA-256 over the given files and folders (recursively, sorted), for change detection. */
export function hashInputs(inputs) {
  const hash = createHash('sha256');
  const visit = (target) => {
    const full = path.join(ROOT, target);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(target, entry));
    } else {
      hash.update(target).update(readFileSync(full));
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex');
}

export function readStamp(file) {
  const full = path.join(ROOT, file);
  return existsSync(full) ? readFileSync(full, 'utf8').trim() : '';
}

export function writeStamp(file, value) {
  const full = path.join(ROOT, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, value + '\n');
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

const TAIL_BYTES = 256 * 1024;

/**
 * Runs a command, passing its output through, and resolves with its exit code and the last
 * TAIL_BYTES of what it printed (stdout and stderr together).
 */
export function runCapturingTail(command, args, options = {}) {
  return new Promise((resolve) => {
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
    };
    const child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'], ...options });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tail }));
    child.on('error', () => resolve({ code: 127, tail }));
  });
}

export async function runOrExit(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

export const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
