/** Cities the group operates in: branch code prefix, name, and districts for addresses. */
export interface City {
  prefix: string;
  name: string;
  districts: string[];
}

export const CITIES: City[] = [
  { prefix: 'BJ', name: '北京', districts: ['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '通州区'] },
  { prefix: 'SH', name: '上海', districts: ['徐汇区', '静安区', '浦东新区', '长宁区', '闵行区', '杨浦区'] },
  { prefix: 'GZ', name: '广州', districts: ['天河区', '越秀区', '海珠区', '番禺区', '白云区'] },
  { prefix: 'SZ', name: '深圳', districts: ['南山区', '福田区', '罗湖区', '宝安区', '龙华区'] },
  { prefix: 'HZ', name: '杭州', districts: ['西湖区', '上城区', '拱墅区', '滨江区', '余杭区'] },
  { prefix: 'CD', name: '成都', districts: ['锦江区', '武侯区', '青羊区', '高新区', '成华区'] },
  { prefix: 'WH', name: '武汉', districts: ['江汉区', '武昌区', '洪山区', '江岸区', '汉阳区'] },
  { prefix: 'NJ', name: '南京', districts: ['鼓楼区', '玄武区', '秦淮区', '建邺区', '江宁区'] },
  { prefix: 'XA', name: '西安', districts: ['雁塔区', '碑林区', '未央区', '莲湖区', '长安区'] },
  { prefix: 'CQ', name: '重庆', districts: ['渝中区', '江北区', '南岸区', '渝北区', '沙坪坝区'] },
  { prefix: 'TJ', name: '天津', districts: ['和平区', '南开区', '河西区', '河东区', '滨海新区'] },
  { prefix: 'SU', name: '苏州', districts: ['姑苏区', '工业园区', '吴中区', '相城区', '虎丘区'] },
  { prefix: 'CS', name: '长沙', districts: ['岳麓区', '芙蓉区', '天心区', '开福区', '雨花区'] },
  { prefix: 'ZZ', name: '郑州', districts: ['金水区', '二七区', '中原区', '管城区', '郑东新区'] },
  { prefix: 'QD', name: '青岛', districts: ['市南区', '市北区', '崂山区', '李沧区', '黄岛区'] },
  { prefix: 'XM', name: '厦门', districts: ['思明区', '湖里区', '集美区', '海沧区'] },
  { prefix: 'KM', name: '昆明', districts: ['五华区', '盘龙区', '官渡区', '西山区'] },
  { prefix: 'SY', name: '沈阳', districts: ['和平区', '沈河区', '皇姑区', '铁西区', '浑南区'] },
  { prefix: 'DL', name: '大连', districts: ['中山区', '西岗区', '沙河口区', '甘井子区'] },
  { prefix: 'FZ', name: '福州', districts: ['鼓楼区', '台江区', '仓山区', '晋安区'] },
];

/** Brand words for branch names, by branch type. */
export const BRANCH_BRANDS: Record<'postpartum_center' | 'beauty_salon' | 'aesthetic_clinic', string[]> = {
  postpartum_center: ['悦心', '馨月', '安贝', '暖阳', '蕴美'],
  beauty_salon: ['臻颜', '素肌', '花漾', '雅丽', '澜庭'],
  aesthetic_clinic: ['丽格', '美立方', '悦容', '华韵', '艺星'],
};

export const BRANCH_SUFFIX: Record<'postpartum_center' | 'beauty_salon' | 'aesthetic_clinic', string> = {
  postpartum_center: '产后修复中心',
  beauty_salon: '美容院',
  aesthetic_clinic: '医疗美容医院',
};

export const STREETS = [
  '建国路',
  '人民路',
  '中山路',
  '解放路',
  '长安街',
  '新华路',
  '和平路',
  '青年路',
  '文化路',
  '公园路',
  '滨江大道',
  '南京路',
  '金融街',
  '科技路',
  '学府路',
  '光华路',
  '友谊路',
  '迎宾大道',
  '东风路',
  '胜利路',
  '朝阳路',
  '望京街',
  '天府大道',
  '湖滨路',
  '体育西路',
  '五一路',
  '花园路',
  '世纪大道',
  '珠江路',
  '淮海路',
];

export const ESTATES = [
  '阳光花园',
  '金色家园',
  '翠湖雅苑',
  '锦绣华庭',
  '绿城桂花园',
  '万科城',
  '保利香槟国际',
  '碧桂园',
  '华润二十四城',
  '融创壹号院',
  '龙湖春江郦城',
  '世茂滨江花园',
  '中海寰宇天下',
  '招商雍景湾',
  '御景湾',
  '丽都花园',
  '和谐家园',
  '书香门第',
  '紫荆苑',
  '天鹅湖小区',
  '星河湾',
  '东方明珠苑',
  '海棠湾',
  '福熙园',
];
