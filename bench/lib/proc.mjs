/**
 * Running a command and measuring it: wall time, and peak memory of the whole process tree
 * (the sum of VmRSS over the command and all its descendants, sampled from /proc every 50 ms;
 * Pagefind's indexer, for one, is a separate process).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/** Children of every process, from /proc/<pid>/stat (field 4 is the parent). */
function childrenMap() {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // gone
    }
    // "pid (comm) state ppid …": comm may hold spaces or parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  return children;
}

function rssBytes(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of RSS over a process and its descendants. */
export function treeRss(root) {
  const children = childrenMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Run `command args` and resolve with { code, ms, cpuMs, peakRss, stdout, stderr }.
 * Rejects when the command fails (unless `allowFailure`), with its output in the message.
 */
export function measure(command, args, { env = {}, cwd, allowFailure = false, sampleMs = 50 } = {}) {
  // GNU time, when there, adds the CPU time (user + system) of the command and its children:
  // on a busy machine wall time waits for the CPU, CPU time much less so.
  const timeFile = existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), "bench-time-")), "time") : null;
  if (timeFile) {
    args = ["-q", "-o", timeFile, "-f", "%U %S", command, ...args];
    command = GNU_TIME;
  }
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let peakRss = 0;
    const sample = () => {
      peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    sample();
    child.on("error", (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let cpuMs = null;
      if (timeFile) {
        const [user, system] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
        cpuMs = (user + system) * 1000;
        rmSync(dirname(timeFile), { recursive: true, force: true });
      }
      if (code !== 0 && !allowFailure) {
        reject(
          new Error(`${command} ${args.join(" ")} exited ${code}\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`),
        );
      } else {
        resolve({ code, ms, cpuMs, peakRss, stdout, stderr });
      }
    });
  });
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
