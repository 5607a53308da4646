// The offline install of the WPS add-in. Linux: install.sh / uninstall.sh run for real against a
// temporary HOME holding another add-in's publish.xml entries. Windows: the publish.xml merge the
// .cmd runs under Windows Script Host (publish-merge.js, ES3) is run here in Node on the same cases
// and held to the same results as the shell script; its I/O half is parsed as ES3 (JScript's dialect).
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { parse } from "acorn";

const ROOT = join(__dirname, "..", "..");
const SCRIPTS = join(ROOT, "scripts", "wps");
const VERSION = "0.1.0";
const FOLDER = `xxgk_${VERSION}`;

const fill = (text: string) => text.split("@NAME@").join("xxgk").split("@VERSION@").join(VERSION).split("@FOLDER@").join(FOLDER);

/** The package as install.sh finds it beside itself: the scripts and a small add-in folder. */
function unpacked(): string {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-wps-pkg-"));
  for (const f of ["install.sh", "uninstall.sh"]) writeFileSync(join(dir, f), fill(readFileSync(join(SCRIPTS, f), "utf8")), { mode: 0o755 });
  mkdirSync(join(dir, FOLDER));
  writeFileSync(join(dir, FOLDER, "index.html"), "<!doctype html>");
  writeFileSync(join(dir, FOLDER, "ribbon.xml"), "<customUI/>");
  return dir;
}

const OTHERS = `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="oa-assistant" type="wps" url="http://oa.example.gov.cn/wps/"/>
  <jsplugin name="xxgk-other" type="et" url="xxgk-other_1.0" version="1.0" enable="enable_dev" install="null"/>
  <jsplugin name="xxgk" type="et" url="xxgk_0.0.9" version="0.0.9" enable="enable_dev" install="null"/>
</jsplugins>
`;

const OURS = `<jsplugin name="xxgk" type="et" url="${FOLDER}" version="${VERSION}" enable="enable_dev" install="null"/>`;

function sh(pkg: string, script: string, home: string): string {
  return execFileSync("sh", [join(pkg, script)], { env: { PATH: process.env.PATH, HOME: home }, encoding: "utf8" });
}

const jsaddons = (home: string) => join(home, ".local", "share", "Kingsoft", "wps", "jsaddons");

describe("Linux install.sh / uninstall.sh against a temporary HOME", () => {
  let pkg: string;
  let home: string;
  beforeEach(() => {
    pkg = unpacked();
    home = mkdtempSync(join(tmpdir(), "xxgk-home-"));
  });
  afterEach(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  test("keeps other add-ins' entries, replaces our older version, and is the same when run twice", () => {
    mkdirSync(jsaddons(home), { recursive: true });
    writeFileSync(join(jsaddons(home), "publish.xml"), OTHERS);
    mkdirSync(join(jsaddons(home), "xxgk_0.0.9"));
    mkdirSync(join(jsaddons(home), "xxgk-other_1.0"));
    expect(sh(pkg, "install.sh", home)).toContain("已安装");
    const once = readFileSync(join(jsaddons(home), "publish.xml"), "utf8");
    expect(once).toContain('name="oa-assistant"');
    expect(once).toContain('name="xxgk-other"');
    expect(once).not.toContain("0.0.9");
    expect(once.split(OURS).length - 1).toBe(1);
    expect(readdirSync(jsaddons(home)).sort()).toEqual(["publish.xml", "xxgk-other_1.0", FOLDER].sort());
    expect(existsSync(join(jsaddons(home), FOLDER, "ribbon.xml"))).toBe(true);
    sh(pkg, "install.sh", home);
    expect(readFileSync(join(jsaddons(home), "publish.xml"), "utf8")).toBe(once);
  });

  test("writes a fresh publish.xml where WPS has none yet", () => {
    sh(pkg, "install.sh", home);
    expect(readFileSync(join(jsaddons(home), "publish.xml"), "utf8")).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${OURS}\n</jsplugins>\n`);
  });

  test("uninstall removes only ours, and is safe to run twice", () => {
    mkdirSync(jsaddons(home), { recursive: true });
    writeFileSync(join(jsaddons(home), "publish.xml"), OTHERS);
    mkdirSync(join(jsaddons(home), "xxgk-other_1.0"));
    sh(pkg, "install.sh", home);
    sh(pkg, "uninstall.sh", home);
    const after = readFileSync(join(jsaddons(home), "publish.xml"), "utf8");
    expect(after).not.toMatch(/name="xxgk"/);
    expect(after).toContain('name="oa-assistant"');
    expect(after).toContain('name="xxgk-other"');
    expect(readdirSync(jsaddons(home)).sort()).toEqual(["publish.xml", "xxgk-other_1.0"]);
    sh(pkg, "uninstall.sh", home);
    expect(readFileSync(join(jsaddons(home), "publish.xml"), "utf8")).toBe(after);
  });

  test("a package folder missing beside the script: one sentence, exit 2, nothing written", () => {
    rmSync(join(pkg, FOLDER), { recursive: true });
    let err: { status?: number; stderr?: string } = {};
    try {
      sh(pkg, "install.sh", home);
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(2);
    expect(String(err.stderr)).toContain("找不到");
    expect(existsSync(jsaddons(home))).toBe(false);
  });
});

describe("the Windows installer's publish.xml merge (publish-merge.js, as Windows Script Host runs it)", () => {
  const ctx: Record<string, (...a: string[]) => string> = {};
  runInNewContext(readFileSync(join(SCRIPTS, "publish-merge.js"), "utf8"), ctx);

  const cases: [string, string][] = [
    ["none yet", ""],
    ["others and our old version", OTHERS],
    ["an empty list", '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins/>\n'],
    ["CRLF lines on one line", '<?xml version="1.0"?>\r\n<jsplugins><jsplugin name="a" type="et" url="a_1"/><jsplugin name="xxgk" type="et" url="xxgk_0.0.1"/></jsplugins>\r\n'],
  ];

  test.each(cases)("%s: merged as install.sh merges it, idempotent, and unmerged to the others alone", (_label, start) => {
    const merged = ctx.xxgkMergePublish(start, "xxgk", VERSION);
    expect(merged.split(OURS).length - 1).toBe(1);
    expect(ctx.xxgkMergePublish(merged, "xxgk", VERSION)).toBe(merged);
    const removed = ctx.xxgkUnmergePublish(merged, "xxgk");
    expect(removed).not.toMatch(/name="xxgk"/);
    for (const other of start.match(/name="(?!xxgk")[^"]+"/g) ?? []) expect(removed).toContain(other);

    // The shell script on the same file gives the same text.
    const pkg = unpacked();
    const home = mkdtempSync(join(tmpdir(), "xxgk-home-"));
    try {
      if (start) {
        mkdirSync(jsaddons(home), { recursive: true });
        writeFileSync(join(jsaddons(home), "publish.xml"), start);
      }
      sh(pkg, "install.sh", home);
      expect(readFileSync(join(jsaddons(home), "publish.xml"), "utf8")).toBe(merged);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });

  test("both JScript files parse as ES3, the dialect of Windows Script Host", () => {
    const text = readFileSync(join(SCRIPTS, "publish-merge.js"), "utf8") + "\n" + readFileSync(join(SCRIPTS, "install-wsh.js"), "utf8");
    expect(() => parse(text, { ecmaVersion: 3 })).not.toThrow();
  });

  test("the .cmd wrappers are ASCII (cmd.exe reads them in the ANSI code page)", () => {
    expect([...readFileSync(join(SCRIPTS, "run-wsh.cmd"), "utf8")].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  });
});

test("the install scripts are copied into the package unchanged but for the names (no stray placeholder)", () => {
  for (const f of ["install.sh", "uninstall.sh", "install-wsh.js", "run-wsh.cmd"]) expect(fill(readFileSync(join(SCRIPTS, f), "utf8")).split("@ACTION@").join("install")).not.toMatch(/@[A-Z]+@/);
});
