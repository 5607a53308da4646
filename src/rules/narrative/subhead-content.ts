// Section 一's five areas judged by what the text covers, not by fixed keywords. The 2021 format
// (国办公开办函〔2021〕30号) asks section 一 to report on 主动公开, 依申请公开, 政府信息管理,
// 政府信息公开平台建设 and 监督保障; real reports cover them under their own headings ("规范管理，
// 严把审核关", "（四）监督保障情况" as the fourth sub-head, "强化平台建设" inside 主动公开) or in plain
// paragraphs. An area is covered when its subject matter — the things that area is about — is
// written anywhere in the section. The words are the subject's, not a heading's: 三审 or 保密审查 is
// information management whatever the paragraph is called.
import { eachSentence } from "./sentences";

/** The subject matter of each area, by the format's sub-head key. */
export const AREA_CONTENT: Record<string, RegExp> = {
  // What was published on the agency's own initiative: counts of items, policy readings, the catalogue.
  active: /主动公开|主动发布|发布[^，。；]{0,12}(?:信息|文件|动态|公告)|公开[^，。；]{0,12}信息\d|政策解读|解读(?:材料|稿件|文件)|信息公开目录/,
  // Applications: received, handled, answered.
  request: /依申请|公开申请|申请公开|信息公开申请|(?:收到|受理|办理|答复)[^，。；]{0,12}申请/,
  // Managing the information: review before release, secrecy and disclosure review, keeping the
  // guide and catalogue current, cleaning up normative documents, release procedures.
  management:
    /信息管理|规范管理|审核|审查|三审|保密|公开属性|源头认定|动态调整|动态更新|清理|公开指南|指南和目录|公开目录|标准目录|发布(?:机制|流程|制度|程序)|规范性文件(?:管理|备案|合法性)|档案/,
  // The channels: websites, government gazettes, new media, reading rooms, hotlines, service halls.
  platform:
    /平台|网站|门户|新媒体|公众号|微博|微信|公报|专栏|客户端|政务服务中心|政务服务大厅|查阅(?:点|场所|室|中心)|公开专区|公开查阅|热线|APP|小程序|电子屏|公开栏/,
  // Oversight and support: supervision, assessment, training, accountability, evaluation.
  oversight:
    /监督|考核|考评|评议|责任追究|追责|问责|培训|督查|督促|督导|检查|测评|通报|绩效|整改|保障措施|组织保障|工作保障|领导小组|工作专班/,
};

// A sentence naming the report's own parts ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息
// 公开申请情况……组成") covers nothing: it is the table of contents, not the content.
const PART_NAMES = [/总体情况/, /主动公开政府信息/, /收到和处理/, /行政复议/, /存在的?主要问题|存在问题/, /其他需要?报告/];

function isPartsList(sentence: string): boolean {
  return PART_NAMES.filter((p) => p.test(sentence)).length >= 3;
}

/** Section 一's text as content: whitespace removed (PDF text breaks lines inside words), the
 *  sentences that only list the report's parts left out. */
export function contentText(text: string): string {
  let out = "";
  for (const s of eachSentence(text)) {
    const plain = s.text.replace(/[\s\u3000]+/g, "");
    if (!isPartsList(plain)) out += `${plain}\n`;
  }
  return out;
}

/** Whether the area `key` is covered by `content` (from contentText). Unknown keys count as covered:
 *  a format without subject matter for a sub-head cannot say it is missing. */
export function coversArea(content: string, key: string): boolean {
  const subject = AREA_CONTENT[key];
  return subject ? subject.test(content) : true;
}
