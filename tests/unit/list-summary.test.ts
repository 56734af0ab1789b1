import { describe, expect, it } from 'vitest';
import { listSummary } from '../../src/core/list-summary';

describe('listSummary', () => {
  it('drops the lead that places a practice in the source’s series', () => {
    expect(listSummary('七项载体之六：主题是“抓班组，提高管理水平”，活动结合本单位实际。')).toBe(
      '主题是“抓班组，提高管理水平”，活动结合本单位实际。',
    );
    expect(listSummary('其三，每月组织一次志愿服务活动并记录时长。')).toBe('每月组织一次志愿服务活动并记录时长。');
    expect(listSummary('二是建立首问责任制，群众来办事先问先答。')).toBe('建立首问责任制，群众来办事先问先答。');
    expect(listSummary('（一）开展道德讲堂，每季度一次。')).toBe('开展道德讲堂，每季度一次。');
  });
  it('keeps a summary that only looks like one, and one that would be left too short', () => {
    expect(listSummary('全市首批试点单位之一，单位开展了志愿服务。')).toBe('全市首批试点单位之一，单位开展了志愿服务。');
    expect(listSummary('七项载体之一：红歌比赛')).toBe('七项载体之一：红歌比赛');
  });
});
