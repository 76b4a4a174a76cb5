import { RULES } from '../detect/rule-registry';
import { FEEDS } from '../ingest/feeds/feed-registry';

/** The CLI's help text, bilingual. */
export function usage(): string {
  return `用法 / usage:
  npm run cli -- ingest <feed> <file…> [--preset NAME] [--mode strict|quarantine]
        导入数据文件（默认整文件成功或全部不导入）/ load feed files (all or nothing per file by default)
  npm run cli -- preset save <preset.json>   保存映射方案 / save a column-mapping preset
  npm run cli -- preset list                 列出映射方案 / list presets
  npm run cli -- preset delete <name>        删除映射方案 / delete a preset
  npm run cli -- detect [--as-of YYYY-MM-DD] [--region CODE] [--rule CODE]
        运行预警规则 / run the anomaly rules (${RULES.map((r) => r.code).join(', ')})
  npm run cli -- rules list                  规则与各地区阈值 / rules, defaults and regional thresholds
  npm run cli -- rules set <RULE> --region CODE name=value…   设置地区阈值（下级继承）/ set a region's thresholds (inherited below)
  npm run cli -- rules unset <RULE> --region CODE             恢复继承 / remove a region's override
  npm run cli -- export alerts --format csv|xlsx --out FILE [--region CODE] [--rule CODE…] [--severity S…]
        [--status S…] [--from PERIOD] [--to PERIOD] [--include-resolved] [--lang zh|en]
        导出预警清单 / export the anomaly list
  npm run cli -- users list                  用户 / users
  npm run cli -- users add <username> --role admin|staff|auditor|deputy --region CODE [--name NAME] [--password-stdin]
        新增用户（默认生成一次性密码）/ add a user (a one-time password is printed unless one is piped in)
  npm run cli -- users reset-password <username>   重设为一次性密码 / reset to a one-time password
  feeds: ${FEEDS.map((f) => `${f.name} (${f.nameZh})`).join(', ')}`;
}
