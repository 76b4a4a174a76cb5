import type { Random } from './prng';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉玲建国红梅新宇浩然晨阳欣怡子涵雨婷俊杰志远海燕立群晓东永春家豪思琪丹亚楠佳琪嘉怡博文天佑凯瑞雪琳婉清泽宇鹏飞',
];

/** A plausible Chinese personal name (two or three characters). */
export function personName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const given = random.chance(0.3) ? random.pick(GIVEN) : random.pick(GIVEN) + random.pick(GIVEN);
  return surname + given;
}

/**
 * Trade-name cores for the demo's suppliers: generic words common in Chinese company names, with the
 * fictional 临江 place prefix added by the caller, so no real firm is named.
 */
export const TRADE_NAMES = [
  '恒信',
  '瑞丰',
  '嘉禾',
  '汇通',
  '东升',
  '鼎盛',
  '安泰',
  '永兴',
  '润达',
  '博远',
  '天成',
  '锦程',
  '立诚',
  '合众',
  '中拓',
  '新源',
  '佳和',
  '同创',
  '明远',
  '盛华',
  '泰和',
  '广源',
  '德信',
  '凯旋',
  '华新',
  '启航',
  '宏图',
  '长兴',
  '隆昌',
  '祥瑞',
  '金桥',
  '银河',
  '聚贤',
  '卓越',
  '腾达',
  '弘毅',
  '致远',
  '信诚',
  '欣荣',
  '丰泽',
  '万邦',
  '云帆',
];

/** Digits only, deterministic per name: a 19-digit account for a unit, a 19-digit 62… card for a person. */
export function accountNumber(name: string, individual: boolean): string {
  let hash = 2166136261;
  let digits = '';
  for (let round = 0; digits.length < 17; round++) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
    hash = Math.imul(hash ^ round, 16777619) >>> 0;
    digits += String(hash % 1_000_000).padStart(6, '0');
  }
  return (individual ? '62' : '39') + digits.slice(0, 17);
}
