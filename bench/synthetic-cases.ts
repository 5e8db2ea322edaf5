import type { Db } from '../main/db/database';
import { insertCadre } from '../main/cases/cadre.repo';
import { indexCase, insertCase, updateCase } from '../main/cases/case.repo';
import { createUnit } from '../main/repos/units.repo';
import { setOffice } from '../main/repos/settings.repo';
import { insertUser } from '../main/repos/users.repo';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志远海波宇晨文博雪梅德胜立新俊峰晓东';
const TOWNS = ['云溪镇', '青山乡', '石门镇', '白鹭街道', '柳营乡', '桃源镇', '龙泉街道', '双河镇'];
const POSTS = ['镇长', '副镇长', '党委书记', '局长', '副局长', '科长', '站长', '主任'];
const FACTS = [
  '在推进招商引资项目过程中，按照集体决策先行垫付前期费用，后因企业调整投资计划造成部分损失。',
  '在防汛抢险中为抢时间未履行全部采购程序，事后及时补办手续，未造成国有资产流失。',
  '在推进农村集体产权制度改革试点中，因缺乏经验导致部分确权登记信息有误，已全部更正。',
  '执行上级临时调整的政策时，因时间紧、任务重，导致部分项目验收资料不完整。',
];

/** A small pseudo-random generator, so every run builds the same data set. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export const BENCH_USER = { id: 'bench-officer', name: '基准承办人' };

/** Fills a migrated database (encrypted or not) with `count` fault-tolerance cases at the application step. */
export function fillCases(db: Db, count: number): { topUnit: number } {
  const r = rng(20261128);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(r() * list.length)] as T;
  const at = '2026-11-01T09:00:00.000Z';
  let topUnit = 0;
  db.transaction(() => {
    topUnit = createUnit(db, '青山县纪委监委', null, at).id;
    setOffice(db, { name: '青山县纪委监委', code: '青纪' });
    insertUser(db, { id: BENCH_USER.id, username: 'bench', displayName: BENCH_USER.name, unitId: topUnit, roles: ['officer'] }, at);
  })();
  const towns = db.transaction(() => TOWNS.map((t) => createUnit(db, t, topUnit, at).id))();
  const insertAll = db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const unitId = pick(towns);
      const name = pick<string>(SURNAMES) + pick<string>(GIVEN) + (r() < 0.6 ? pick<string>(GIVEN) : '');
      const cadre = insertCadre(db, { name, unitId, post: pick(POSTS), gender: r() < 0.7 ? 'male' : 'female' }, at);
      const year = 2024 + (i % 3);
      const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
      const openedOn = `${year}-${month}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      const application = {
        receivedOn: openedOn,
        applicantKind: 'cadre',
        applicantName: name,
        accountabilityMatter: `${pick(TOWNS)}${pick(['项目建设', '资金使用', '安全生产', '环境整治'])}问责事项`,
        factsClaimed: pick(FACTS).repeat(2),
        situationsInvoked: [pick(['reformPilot', 'collectiveDecision', 'emergency', 'policyChange', 'forceMajeure'])],
      };
      const data = { application };
      const id = insertCase(db, {
        kind: 'fault-tolerance',
        number: `青纪容〔${year}〕${i}号`,
        year,
        seq: i,
        cadreId: cadre.id,
        unitId,
        verifyingUnitId: null,
        step: 'application',
        status: 'active',
        openedOn,
        stepStartedOn: openedOn,
        data,
        createdBy: BENCH_USER.id,
        at,
      });
      updateCase(db, id, {
        step: 'application',
        status: 'active',
        stepStartedOn: openedOn,
        dueOn: openedOn,
        dueEstimate: false,
        outcome: null,
        catalogVersion: null,
        data,
        situations: application.situationsInvoked,
        closedAt: null,
        at,
      });
      indexCase(db, id);
    }
  });
  insertAll();
  return { topUnit };
}
