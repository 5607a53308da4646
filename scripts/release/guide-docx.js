// 使用说明.docx: the clerk's guide (docs/clerk-guide.md) as a Word document, with its pictures, made
// by the release with the docx library the export already uses. Only the Markdown the guide uses is
// understood: headings, paragraphs, numbered and bulleted lines, pictures, `code` and **bold**.
"use strict";
const fs = require("fs");
const path = require("path");
const { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = require("docx");

const MAX_PICTURE_WIDTH = 560; // px at 96 dpi: the A4 text width

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `code` and **bold** as runs; everything else as plain text. */
function runs(text) {
  return text
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith("`")) return new TextRun({ text: part.slice(1, -1), font: "Consolas" });
      if (part.startsWith("**")) return new TextRun({ text: part.slice(2, -2), bold: true });
      return new TextRun(part.replace(/\[([^\]]+)\]\([^)]+\)/g, "$1"));
    });
}

function picture(alt, file) {
  const data = fs.readFileSync(file);
  const size = pngSize(data);
  const scale = Math.min(1, MAX_PICTURE_WIDTH / size.width);
  return new Paragraph({
    children: [new ImageRun({ type: "png", data, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: alt, description: alt, title: alt } })],
  });
}

/** Markdown's lines joined into blocks: a line that starts no new block continues the one above. */
function blocks(markdown) {
  const out = [];
  let open = false;
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    if (line === "") open = false;
    else if (open && !/^(#|- |\d+\. |!\[)/.test(line)) out[out.length - 1] += line;
    else {
      out.push(line);
      open = !/^(#|!\[)/.test(line);
    }
  }
  return out;
}

/** The guide's Markdown as docx paragraphs; pictures are read relative to the guide's folder. */
function paragraphs(markdown, folder) {
  const out = [];
  for (const line of blocks(markdown)) {
    const pic = /^!\[([^\]]*)\]\(([^)]+)\)$/.exec(line);
    if (pic) out.push(picture(pic[1], path.join(folder, pic[2])));
    else if (line.startsWith("# ")) out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(line.slice(2)) }));
    else if (line.startsWith("## ")) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(line.slice(3)) }));
    else if (line.startsWith("- ")) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(line.slice(2)) }));
    else out.push(new Paragraph({ children: runs(line) }));
  }
  return out;
}

async function guideDocx(guideFile) {
  const doc = new Document({
    creator: "政务公开年报助手",
    title: "政务公开年报助手 使用说明",
    styles: { default: { document: { run: { font: "宋体", size: 24 } } } },
    sections: [{ children: paragraphs(fs.readFileSync(guideFile, "utf8"), path.dirname(guideFile)) }],
  });
  return Packer.toBuffer(doc);
}

module.exports = { guideDocx };
