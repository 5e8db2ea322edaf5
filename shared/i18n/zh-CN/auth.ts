/** Sign-in, password recovery and the lock screen. */
export default {
  login: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    forgot: '忘记密码？',
    lockedOut: '连续登录失败次数过多，请在 {{seconds}} 秒后重试。',
  },
  recover: {
    title: '用恢复密钥重设密码',
    intro: '输入首次设置时保存的恢复密钥，为指定账户设置新密码。此操作会记入审计日志。',
    username: '用户名',
    recoveryKey: '恢复密钥',
    newPassword: '新密码',
    newPasswordConfirm: '再次输入新密码',
    submit: '重设密码',
    done: '密码已重设，请用新密码登录。',
    back: '返回登录',
  },
  lock: {
    title: '系统已锁定',
    intro: '{{name}}，系统已锁定以保护案件数据。您正在填写的内容仍然保留，输入密码即可继续。',
    password: '密码',
    unlock: '解锁',
    signOut: '退出登录',
    signOutWarning: '退出登录后，未保存的内容将丢失。',
  },
};
