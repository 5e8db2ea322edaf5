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
  mustChange: {
    title: '设置您自己的密码',
    intro: '您现在使用的是管理员设置的临时密码。为保证只有您本人知道密码，请先设置自己的密码，之后才能使用清正。',
    account: '当前账户：{{person}}',
    oldPassword: '临时密码',
    newPassword: '新密码',
    confirm: '再次输入新密码',
    rulesTitle: '新密码须：',
    ruleStrength: '至少 {{min}} 位，同时包含字母和数字；',
    ruleDifferent: '与临时密码不同；',
    ruleSecret: '只有您本人知道，不告诉任何人，包括管理员。',
    sameAsOld: '新密码不能与临时密码相同。',
    submit: '设置密码并进入',
    done: '密码已设置，以后请用新密码登录。',
  },
};
