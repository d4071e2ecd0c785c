import { projectFromTitle } from '../../src/core/project';

test.each([
  ['1.大要案查处工作经费绩效目标表', '大要案查处工作经费'],
  ['12、铁路护路绩效目标表', '铁路护路'],
  ['（3）司法救助项目绩效目标表', '司法救助'],
  ['1.怀财字【2023】7号 防范专项绩效目标表', '怀财字【2023】7号 防范专项'],
  ['维稳经费绩效目标', '维稳经费'],
  ['2021年度网格员管理经费绩效目标表', '2021年度网格员管理经费'],
])('%s → %s', (title, project) => {
  expect(projectFromTitle(title)).toBe(project);
});
