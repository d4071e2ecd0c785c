/** Chinese texts (default locale), written for the finance staff who prepare and review the tables. */
import type { Dictionary } from './types';

export const zhCN: Dictionary = {
  common: {
    'severity.error': '错误',
    'severity.warning': '警告',
    'severity.info': '提示',
    'category.table': '表格',
    'category.budget': '预算',
    'category.spend': '支出计划',
    'category.structure': '指标结构',
    'category.indicator': '指标',
    'category.value': '指标值',
    'category.cost': '成本指标',
    'category.timeliness': '时效指标',
    'category.goal': '绩效目标',
  },
  rules: {
    'table/missing-field': {
      name: '必填项缺失',
      why: '项目名称、预算数、绩效目标和绩效指标是绩效目标表的必备内容，缺任何一项，财政部门都会退回。',
      fix: '在标出的单元格中补填相应内容；没有绩效指标的，按项目类型补充完整的指标行。',
      messages: {
        projectName: '未填写项目名称。',
        budget: '未填写预算数。',
        goals: '未填写绩效目标。',
        indicators: '表中没有绩效指标行。',
      },
    },
    'table/missing-code': {
      name: '项目编码缺失',
      why: '项目编码用于与预算系统中的项目一一对应，缺少编码时无法核对预算。',
      fix: '从预算管理一体化系统中查到该项目的编码并填入。',
      messages: {
        empty: '未填写项目编码。',
        placeholder: '项目编码“{value}”是占位符，不是有效编码。',
      },
    },
    'table/missing-usage': {
      name: '资金用途缺失',
      why: '资金用途说明钱花在哪里，是审核预算是否合理的依据。',
      fix: '在预算数下方的资金用途栏中，写明资金的具体用途。',
      messages: { missing: '未填写资金用途。' },
    },
    'budget/unparseable': {
      name: '预算金额无法识别',
      why: '预算金额必须是数字，才能核对资金构成和支出计划。',
      fix: '只填写金额数字（可带“万元”“元”等单位），去掉文字说明。',
      messages: {
        budget: '预算数“{value}”不是有效金额。',
        fiscal: '财政资金“{value}”不是有效金额。',
        other: '其他资金“{value}”不是有效金额。',
      },
    },
    'budget/sum-mismatch': {
      name: '预算数与资金来源不符',
      why: '预算数应等于财政资金与其他资金之和，不一致说明有一处金额填错。',
      fix: '核对预算数、财政资金、其他资金三个金额，使预算数 = 财政资金 + 其他资金。',
      messages: {
        mismatch: '预算数 {budget}{unit} 不等于财政资金 {fiscal}{unit} 与其他资金 {other}{unit} 之和（{sum}{unit}）。',
      },
    },
    'spend/missing-milestone': {
      name: '支出计划缺少节点',
      why: '资金支出计划每个时间节点都要填写累计支出进度，缺一个节点就无法考核执行进度。',
      fix: '在空缺的节点下填写截至该时点的累计支出金额或百分比。',
      messages: {
        missing: '支出计划“{milestone}”未填写。',
        notNumber: '支出计划“{milestone}”的“{value}”不是金额或百分比。',
        empty: '资金支出计划各节点均未填写。',
      },
    },
    'spend/decreasing': {
      name: '支出计划累计数下降',
      why: '支出计划填的是累计进度，后一个节点不可能少于前一个节点。',
      fix: '检查是否误填了当期数；按累计数重新填写，使各节点逐个不减少。',
      messages: {
        decreasing: '“{milestone}”累计支出 {value} 少于“{previousMilestone}”的 {previous}，累计数不应下降。',
      },
    },
    'spend/final-mismatch': {
      name: '支出计划年末数不符',
      why: '年末累计支出应等于全年预算（按金额填写时）或 100%（按百分比填写时），否则计划与预算对不上。',
      fix: '把最后一个节点改为预算数（或 100%），并相应调整前面各节点。',
      messages: {
        amount: '“{milestone}”累计支出 {value} 与预算数 {budget}{unit} 不一致。',
        percent: '“{milestone}”累计支出 {value} 应为 100%。',
      },
    },
    'spend/exceeds-total': {
      name: '支出计划超出预算',
      why: '任何节点的累计支出都不能超过全年预算或 100%。',
      fix: '核对该节点金额，累计支出不得超过预算数（或 100%）。',
      messages: {
        amount: '“{milestone}”累计支出 {value} 超过预算数 {budget}{unit}。',
        percent: '“{milestone}”累计支出 {value} 超过 100%。',
      },
    },
    'spend/mixed-units': {
      name: '支出计划金额与百分比混用',
      why: '同一行支出计划混用金额和百分比，无法判断执行进度。',
      fix: '统一按金额（表格单位）或统一按百分比填写各节点。',
      messages: { mixed: '支出计划中金额与百分比混用，请统一口径。' },
    },
    'spend/pacing': {
      name: '支出进度偏慢',
      why: '支出进度落后于本地要求的序时进度，年底可能形成结转结余。',
      fix: '与业务科室核实用款计划，适当提前支出节点。',
      messages: { behind: '“{milestone}”累计支出占预算 {actual}%，低于要求的 {expected}%。' },
    },
    'structure/unknown-level1': {
      name: '一级指标不规范',
      why: '一级指标须使用规定的产出指标、效益指标、满意度指标（2021 版另有成本指标），否则无法按框架汇总。',
      fix: '把一级指标改为规定名称之一。',
      messages: {
        unknown: '一级指标“{label}”不在指标体系内。',
        otherFramework: '一级指标“{label}”属于 2021 版指标体系，本表其他成本指标仍按旧版放在产出指标下，请统一。',
        missing: '未填写一级指标。',
      },
    },
    'structure/unknown-level2': {
      name: '二级指标不规范',
      why: '二级指标应使用规定名称（数量、质量、时效、成本、经济效益、社会效益等），以便汇总分析。',
      fix: '把二级指标改为规定名称之一。',
      messages: {
        unknown: '二级指标“{label}”不是规定的二级指标名称。',
        missing: '未填写二级指标。',
      },
    },
    'structure/level2-parent': {
      name: '二级指标归属错误',
      why: '每个二级指标只能放在对应的一级指标下，例如社会效益属于效益指标，数量属于产出指标。',
      fix: '把该指标移到正确的一级指标下，或改用合适的二级指标。',
      messages: { notAllowed: '二级指标“{level2}”不应放在一级指标“{level1}”下。' },
    },
    'structure/missing-level2': {
      name: '缺少必备的二级指标',
      why: '绩效指标应覆盖产出的数量、质量、时效、成本，以及效益和满意度，缺项会被要求补充。',
      fix: '按项目实际补充缺少的指标；可使用“按项目类型填充模板”补齐。',
      messages: {
        quantity: '缺少数量指标。',
        quality: '缺少质量指标。',
        timeliness: '缺少时效指标。',
        cost: '缺少成本指标。',
        effect: '缺少效益指标。',
        satisfaction: '缺少满意度指标。',
      },
    },
    'indicator/missing-name': {
      name: '三级指标名称缺失',
      why: '没有三级指标名称，就不知道这一行考核的是什么。',
      fix: '填写三级指标名称；若是上一行内容的续行，请与上一行合并。',
      messages: { missing: '该行未填写三级指标名称。' },
    },
    'indicator/missing-value': {
      name: '指标值缺失',
      why: '没有指标值，指标就无法考核。',
      fix: '填写可衡量的目标值，如“≥95%”“≥100人”“≤10万元”。',
      messages: { missing: '指标“{name}”未填写指标值。' },
    },
    'indicator/missing-description': {
      name: '指标描述缺失',
      why: '绩效指标描述说明指标的口径和计算方法，缺少时审核人员难以理解指标含义。',
      fix: '用一句话说明指标的含义或计算方法。',
      messages: { missing: '指标“{name}”未填写绩效指标描述。' },
    },
    'indicator/missing-basis': {
      name: '指标值确定依据缺失',
      why: '指标值要有依据（文件、计划、历史数据），否则目标值是否合理无从判断。',
      fix: '填写确定指标值所依据的文件、工作计划或历史数据。',
      messages: { missing: '指标“{name}”未填写指标值确定依据。' },
    },
    'indicator/duplicate': {
      name: '指标重复',
      why: '同一张表中重复的指标不增加考核内容，通常是复制时遗漏修改。',
      fix: '删除重复行，或改为另一项需要考核的内容。',
      messages: { duplicate: '指标“{name}”与第 {firstRow} 行重复（名称和描述相同）。' },
    },
    'indicator/duplicate-name': {
      name: '指标名称重复',
      why: '同名指标容易混淆，考核时难以区分。',
      fix: '如确为两项不同内容，请用不同名称加以区分。',
      messages: { sameName: '指标名称“{name}”与第 {firstRow} 行相同。' },
    },
    'table/duplicate-indicators': {
      name: '不同项目指标完全相同',
      why: '不同项目的指标完全一样，说明指标是照抄的，没有体现本项目的产出和效益。',
      fix: '根据本项目的具体内容重新设置指标和指标值。',
      messages: {
        duplicate: '项目“{project}”的绩效指标与第 {otherRow} 行项目“{otherProject}”完全相同。',
      },
    },
    'value/unparseable': {
      name: '指标值无法识别',
      why: '数量指标应是可衡量的数值，无法识别的文字无法考核。',
      fix: '改为“运算符 + 数字 + 单位”的形式，如“≥100人”；公式错误请修正公式。',
      messages: {
        text: '指标值“{value}”不是可衡量的数值。',
        error: '指标值是错误值“{value}”，请检查公式。',
      },
    },
    'value/missing-unit': {
      name: '指标值缺少单位',
      why: '没有单位的数字含义不清，考核时容易产生歧义。',
      fix: '为数值加上单位：比率用“%”，数量用“人、件、次、个”等，金额用“万元、元”。',
      messages: {
        rate: '指标“{name}”是比率，指标值“{value}”缺少“%”。',
        count: '指标“{name}”是数量，指标值“{value}”缺少计量单位（人、件、次、个等）。',
        money: '成本指标“{name}”的指标值“{value}”缺少金额单位，表中也未注明单位。',
      },
    },
    'value/missing-operator': {
      name: '指标值缺少比较符号',
      why: '不带“≥、≤、=”的数值，不清楚是下限、上限还是确切值。',
      fix: '在数值前加上比较符号，如“≥95%”或“=100%”。',
      messages: { implicit: '指标值“{value}”没有比较符号（≥、≤、=）。' },
    },
    'value/percent-range': {
      name: '百分比超出范围',
      why: '比率在 0 到 100% 之间，“≥100%”“超过 100%”的目标无法实现。',
      fix: '要求全部完成的写“=100%”，其他按实际设定在 0–100% 之间。',
      messages: {
        above: '指标“{name}”的指标值“{value}”超过 100%。',
        below: '指标“{name}”的指标值“{value}”小于 0。',
        atLeast100: '指标“{name}”的指标值“{value}”不合理，比率不能超过 100%，应写为“=100%”。',
      },
    },
    'value/rate-unit': {
      name: '比率指标使用了计数单位',
      why: '指标名称是比率，指标值却是次数、人数等，口径前后矛盾。',
      fix: '把指标值改为百分比，或把指标名称改为“…次数”“…人数”。',
      messages: { countUnit: '指标“{name}”是比率，指标值“{value}”却使用计数单位“{unit}”。' },
    },
    'value/count-unit': {
      name: '数量指标使用了百分比',
      why: '指标名称是数量，指标值却是百分比，口径前后矛盾。',
      fix: '把指标值改为具体数量和单位，或把指标名称改为“…率”。',
      messages: { percent: '指标“{name}”是数量，指标值“{value}”却是百分比。' },
    },
    'value/direction': {
      name: '指标方向错误',
      why: '完成率、覆盖率等越高越好，应设下限（≥）；发生率、故障率等越低越好，应设上限（≤）。方向反了，指标就失去考核意义。',
      fix: '越高越好的比率改用“≥”，越低越好的比率改用“≤”。',
      messages: {
        positiveCapped: '指标“{name}”越高越好，指标值“{value}”却设了上限，应使用“≥”。',
        negativeFloored: '指标“{name}”越低越好，指标值“{value}”却设了下限，应使用“≤”。',
      },
    },
    'value/satisfaction': {
      name: '满意度指标值不合理',
      why: '满意度通过问卷测得，100% 的目标不切实际；过低的目标不能体现工作成效；满意度应以百分比表示。',
      fix: '满意度一般设为“≥85%”至“≥95%”之间。',
      messages: {
        full: '满意度指标“{name}”的指标值“{value}”不切实际，不应设为 100%。',
        low: '满意度指标“{name}”的指标值“{value}”低于 {min}%，目标偏低。',
        noPercent: '满意度指标“{name}”的指标值“{value}”应以百分比表示。',
      },
    },
    'cost/not-monetary': {
      name: '成本指标不是金额',
      why: '成本指标考核的是花了多少钱，指标值必须是金额（如“≤10万元”），比率、“是”“在预算范围内”等都无法考核成本。',
      fix: '把指标值改为金额上限，如“≤10万元”，单位与表格一致；原来的比率或说明可移到质量或时效指标。',
      messages: { notMoney: '成本指标“{name}”的指标值“{value}”不是金额，应填写金额（如“≤… {unit}”）。' },
    },
    'cost/direction': {
      name: '成本指标方向错误',
      why: '成本是支出控制的上限，用“≥”“>”等于鼓励多花钱。',
      fix: '把“≥”改为“≤”，表示成本控制在该金额以内。',
      messages: { atLeast: '成本指标“{name}”的指标值“{value}”使用了“≥”或“>”，成本应使用“≤”控制上限。' },
    },
    'cost/exceeds-budget': {
      name: '成本超过预算',
      why: '成本指标是在预算内的控制数，不能超过项目预算。',
      fix: '核对金额和单位（元、万元），使成本不超过预算数。',
      messages: { exceeds: '成本指标“{name}”的指标值“{value}”（折合 {amount}{unit}）超过预算数 {budget}{unit}。' },
    },
    'cost/per-unit-total': {
      name: '单位成本乘数量超过预算',
      why: '单位成本乘以对应数量就是总成本，超过预算说明标准或数量有误。',
      fix: '核对单位成本标准和数量指标，使二者之积不超过预算数。',
      messages: { exceeds: '单位成本“{value}”乘以数量“{quantity}”约为 {total}{unit}，超过预算数 {budget}{unit}。' },
    },
    'timeliness/not-time': {
      name: '时效指标没有时间要求',
      why: '时效指标考核完成的及时程度，应有完成时限、天数或及时率；次数、整改率等不属于时效指标。',
      fix: '改为时间要求，如“12月底前完成”“≤30天”或“及时率≥95%”；原指标移到合适的二级指标下。',
      messages: { noTime: '时效指标“{name}”的指标值“{value}”没有体现时间要求。' },
    },
    'goal/number-mismatch': {
      name: '绩效目标与指标数值不一致',
      why: '绩效目标中写明的数量应与相应指标的指标值一致。',
      fix: '核对绩效目标与指标值，统一为同一数值。',
      messages: { mismatch: '绩效目标中写的是“{goal}”，指标“{name}”的指标值却是“{value}”。' },
    },
  },
};
