/** Settings: tabs, general settings, office profile, own password. */
export default {
  tabs: {
    users: '用户',
    units: '单位',
    general: '常规',
    catalog: '容错情形清单',
    templates: '文书模板',
    calendar: '节假日安排',
    backup: '备份与恢复',
    password: '修改密码',
  },
  idle: {
    title: '自动锁定',
    minutes: '无操作锁定时间（分钟）',
    help: '超过这段时间没有键盘或鼠标操作，系统自动锁定，输入密码才能继续。锁定不会丢失正在填写的内容。',
  },
  office: {
    title: '机关信息',
  },
  password: {
    title: '修改密码',
    oldPassword: '当前密码',
    newPassword: '新密码',
    confirm: '再次输入新密码',
    submit: '修改密码',
    done: '密码已修改，下次登录请使用新密码。',
  },
};
