/** Japanese names of the engines' progress stages (same keys as stages.en.ts). */
import type { stagesEn } from './stages.en';

export const stagesJa: Record<keyof typeof stagesEn, string> = {
  'stage.compile': 'プロジェクトを変換中',
  'stage.locate areas': 'エリアを判定中',
  'stage.index': '索引を作成中',
  'stage.neighbours': '近傍探索',
  'stage.links': 'リンク計算',
  'stage.routing': '経路計算',
  'stage.routing update': '経路を更新中',
  'stage.backup parents': '予備経路',
  'stage.reasons': '未接続理由',
  'stage.reliability': '検針成功率',
  'stage.N-1': 'N-1 障害解析',
  'stage.prepare': '準備中',
  'stage.best server': '最良基地局の選定',
  'stage.coverage': 'カバレッジ',
  'stage.capacity': '容量',
  'stage.raster grid': 'ラスター格子',
  'stage.raster coverage': 'ラスターのカバレッジ',
  'stage.topology': '低圧配電網の構成',
  'stage.channel': 'PLC 伝送路',
  'stage.regional': '公衆網と PLC',
  'stage.areas': 'エリア',
  'stage.done': '完了',
};
