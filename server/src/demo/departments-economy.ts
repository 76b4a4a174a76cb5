import { ALL, LOCAL, CITY, names, type DepartmentTemplate } from './department-template';

/** Environment, construction, land, agriculture, water, transport, industry and emergencies (codes 5xx). */
export const ECONOMY_DEPARTMENTS: readonly DepartmentTemplate[] = [
  {
    code: '501',
    names: names('{R}生态环境局'),
    type: 'administrative',
    adminFunc: '2110101',
    weight: 0.8,
    in: CITY,
    projects: [
      { func: '2110301', econ: '30227', name: '大气污染防治走航监测', decades: [4, 4] },
      { func: '2110302', econ: '31005', name: '城区黑臭水体整治', decades: [5, 5] },
    ],
    units: [{ code: '001', name: '{R}生态环境监测站', type: 'institution', func: '2110299', weight: 0.6 }],
  },
  {
    code: '502',
    names: names('{R}住房和城乡建设局', { zone: '{R}规划建设局' }),
    type: 'administrative',
    adminFunc: '2120101',
    weight: 1.6,
    in: ALL,
    projects: [
      { func: '2210108', econ: '31005', name: '{R}老旧小区改造', decades: [5, 5] },
      { func: '2120803', econ: '31005', name: '{R}城市道路及管网建设', book: 'GFB', weight: 5, decades: [5, 6] },
    ],
    projectsIn: {
      zone: [
        { func: '2120802', econ: '31005', name: '产业园区土地平整及配套', book: 'GFB', weight: 5, decades: [5, 6] },
      ],
    },
    units: [
      { code: '001', name: '{R}建设工程质量安全监督站', type: 'institution', func: '2120199', weight: 0.5, in: CITY },
    ],
  },
  {
    code: '503',
    names: names('{R}城市管理局'),
    type: 'administrative',
    adminFunc: '2120101',
    weight: 1,
    in: ['city', 'district'],
    projects: [
      { func: '2120104', econ: '30226', name: '城管协管员劳务', decades: [3, 4] },
      { func: '2120501', econ: '30227', name: '城区道路清扫保洁服务', weight: 1.4, decades: [4, 5] },
    ],
    units: [
      { code: '001', name: '{R}环境卫生管理处', type: 'institution', func: '2120501', weight: 0.8, in: CITY },
      { code: '002', name: '{R}市政设施管理处', type: 'institution', func: '2120399', weight: 0.7, in: CITY },
    ],
  },
  {
    code: '504',
    names: names('{R}自然资源和规划局', { county: '{R}自然资源局' }),
    type: 'administrative',
    adminFunc: '2200101',
    weight: 1.5,
    in: ['city', 'county'],
    projects: [
      { func: '2200104', econ: '30227', name: '国土空间规划编制', decades: [4, 4] },
      { func: '2120806', econ: '30227', name: '土地出让前期评估及测绘', book: 'GFB', weight: 1.5, decades: [4, 4] },
      { func: '2120801', econ: '31009', name: '{R}征地补偿', book: 'GFB', weight: 5, decades: [5, 6] },
    ],
    units: [
      {
        code: '001',
        name: '{R}土地储备中心',
        type: 'institution',
        func: '2200150',
        weight: 2.5,
        in: CITY,
        projects: [
          { func: '2120801', econ: '31012', name: '城东片区房屋征收补偿', book: 'GFB', weight: 8, decades: [5, 6] },
          { func: '2120802', econ: '31005', name: '储备土地前期开发', book: 'GFB', weight: 6, decades: [5, 6] },
        ],
      },
      { code: '002', name: '{R}不动产登记中心', type: 'institution', func: '2200150', weight: 0.5, in: CITY },
    ],
  },
  {
    code: '505',
    names: names('{R}农业农村局'),
    type: 'administrative',
    adminFunc: '2130101',
    weight: 0.8,
    in: ['city', 'county'],
    projects: [{ func: '2130199', econ: '31299', name: '现代农业产业园奖补资金', decades: [4, 5] }],
    units: [{ code: '001', name: '{R}农业技术推广中心', type: 'institution', func: '2130106', weight: 0.5 }],
  },
  {
    code: '506',
    names: names('{R}水利局'),
    type: 'administrative',
    adminFunc: '2130301',
    weight: 0.8,
    in: ['city', 'county'],
    projects: [
      { func: '2130305', econ: '31005', name: '中小河流治理', decades: [5, 5] },
      { func: '2130314', econ: '30218', name: '防汛物资储备', decades: [3, 4] },
    ],
    units: [{ code: '001', name: '{R}水利工程管理处', type: 'institution', func: '2130306', weight: 0.6 }],
  },
  {
    code: '507',
    names: names('{R}交通运输局'),
    type: 'administrative',
    adminFunc: '2140101',
    weight: 0.8,
    in: ['city', 'county'],
    projects: [{ func: '2140104', econ: '31005', name: '农村公路提档升级', decades: [5, 5] }],
    units: [
      {
        code: '001',
        name: '{R}公路事业发展中心',
        type: 'institution',
        func: '2140106',
        weight: 0.7,
        projects: [{ func: '2140106', econ: '30213', name: '国省干线公路日常养护', decades: [4, 4] }],
      },
    ],
  },
  {
    code: '508',
    names: names('{R}工业和信息化局', { zone: '{R}经济发展局' }),
    type: 'administrative',
    adminFunc: '2150501',
    weight: 0.7,
    in: ['city', 'zone'],
    projects: [{ func: '2150599', econ: '31299', name: '工业企业技术改造奖补资金', decades: [4, 5] }],
    units: [{ code: '001', name: '{R}中小企业服务中心', type: 'institution', func: '2150599', weight: 0.4, in: CITY }],
  },
  {
    code: '509',
    names: names('{R}应急管理局'),
    type: 'administrative',
    adminFunc: '2240101',
    weight: 0.7,
    in: LOCAL,
    projects: [{ func: '2240102', econ: '30227', name: '安全生产执法检查技术服务', decades: [3, 4] }],
    units: [
      { code: '001', name: '{R}应急管理综合行政执法支队', type: 'institution', func: '2240150', weight: 0.5, in: CITY },
    ],
  },
];
