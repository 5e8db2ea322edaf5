/** The application frame: menu, header and the pages still to be built. */
export default {
  menu: {
    faultTolerance: '容错纠错',
    nameClearing: '澄清正名',
    statistics: '统计',
    settings: '设置',
  },
  header: {
    lock: '锁定',
    signOut: '退出',
    signOutConfirm: '确定退出登录吗？未保存的内容将丢失。',
  },
  placeholder: {
    faultTolerance:
      '这里将办理容错纠错案件：申请受理、调查核实、研究认定、结果运用四项程序，以及限期整改和整改核查。',
    nameClearing: '这里将办理澄清正名案件：核实不实举报、作出澄清决定、在适当范围内澄清正名并跟踪回访。',
    statistics: '这里将汇总两类案件的数据，生成台账和向上级报送的年度统计表。',
    empty: '暂无内容',
  },
  notFound: '页面不存在。',
};
