export default {
  name: '清正',
  tagline: '澄清正名与容错纠错案件管理',
};
