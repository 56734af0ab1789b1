import { describe, expect, it } from 'vitest';
import { LIST_LINE, listLine, listSummary } from '../../src/core/list-summary';

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

  it('a listing shows a long summary up to its last sentence that fits, or cut with … when none does', () => {
    const first = '院里每年按期召开法官论坛，把它列为营造学习风气的做法之一。';
    const second =
      '论坛谈什么、谁来讲、一年几次，文章没有写，所存文字里也找不到别的线索，只能等原件核对以后再补上这一部分的具体内容，再看论坛办了几届、每届有多少法官参加。';
    expect(Array.from(first + second).length).toBeGreaterThan(LIST_LINE);
    expect(listLine(first + second)).toBe(first);
    const long = '这是一句很长的话'.repeat(20);
    const cut = listLine(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(Array.from(cut).length).toBe(LIST_LINE + 1);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(listLine('二是建立首问责任制，群众来办事先问先答。')).toBe('建立首问责任制，群众来办事先问先答。');
  });
});
