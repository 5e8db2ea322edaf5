/** Words shared by every screen: roles, buttons, language names, password rules. */
export default {
  roles: {
    officer: '承办人',
    reviewer: '审核人',
    approver: '审批人',
    sysadmin: '系统管理员',
    secadmin: '安全保密管理员',
    auditor: '安全审计员',
  },
  dataScopes: {
    unit: '本单位',
    subtree: '本单位及下级单位',
    office: '全机关',
  },
  roleGroups: {
    case: '办案角色',
    admin: '管理角色（三员）',
    adminHint: '系统管理员、安全保密管理员、安全审计员三个角色须由不同的人担任。',
  },
  actions: {
    save: '保存',
    cancel: '取消',
    create: '新建',
    edit: '编辑',
    next: '下一步',
    previous: '上一步',
    back: '返回',
    submit: '提交',
    retry: '重试',
  },
  language: {
    label: '语言',
    'zh-CN': '中文',
    en: 'English',
  },
  password: {
    rules: '密码至少 {{min}} 位，须同时包含字母和数字。',
    weak: '密码不符合要求：至少 {{min}} 位，须同时包含字母和数字。',
    mismatch: '两次输入的密码不一致。',
  },
  username: {
    rules: '2 至 32 个字符，可用汉字、字母、数字、下划线、点和连字符。',
    invalid: '用户名不符合要求：2 至 32 个字符，可用汉字、字母、数字、下划线、点和连字符。',
  },
  office: {
    name: '机关名称',
    namePlaceholder: '例如：中共绵阳市纪律检查委员会',
    code: '发文机关代字',
    codePlaceholder: '例如：绵纪',
    codeSample: '绵纪',
    codeHelp: '用于文书编号，例如 {{example}}。',
  },
  required: '此项必须填写。',
  loading: '正在加载……',
  saved: '已保存。',
  startupFailed: '无法连接到清正的数据服务。',
};
