/** The first-run wizard: office profile, first administrator, recovery key. */
export default {
  title: '首次设置',
  intro: '欢迎使用清正。完成以下设置后即可开始办案，整个过程只需做一次。',
  steps: {
    office: '机关信息',
    admin: '管理员账户',
    recovery: '恢复密钥',
    done: '开始使用',
  },
  office: {
    unitName: '最上级单位名称',
    unitNamePlaceholder: '例如：绵阳市纪委监委',
    unitNameHelp: '单位树的根，以后可在“设置 › 单位”中添加下级单位。',
  },
  admin: {
    intro: '第一个账户为系统管理员，负责添加其他用户、维护单位和系统设置。',
    username: '用户名',
    displayName: '姓名',
    password: '密码',
    passwordConfirm: '再次输入密码',
    create: '创建账户',
  },
  recovery: {
    title: '请保存恢复密钥',
    once: '恢复密钥只显示这一次，关闭后无法再次查看。',
    instruction:
      '请打印或用笔抄写下来，与这台电脑分开保管（例如锁入保密柜）。如果所有管理员的密码都遗失，恢复密钥是重新进入系统的唯一途径；密码和恢复密钥都遗失时，数据将无法找回。',
    print: '打印恢复密钥',
    written: '我已抄写或打印，下一步',
    printTitle: '清正 · 恢复密钥',
    printNote: '请与电脑分开保管。所有管理员密码遗失时，用此密钥重新设置密码。',
    confirmTitle: '核对恢复密钥',
    confirmIntro: '为确认恢复密钥已正确保存，请对照纸面把它完整输入一遍。',
    confirmLabel: '恢复密钥',
    confirm: '核对',
    showAgain: '返回查看密钥',
  },
  done: {
    title: '设置完成',
    subtitle: '恢复密钥已核对无误。现在可以进入系统，添加用户和单位。',
    enter: '进入系统',
  },
  pending: {
    title: '请核对恢复密钥',
    intro: '首次设置生成的恢复密钥尚未核对。请输入您抄写或打印的恢复密钥，核对后才能使用系统。',
  },
};
