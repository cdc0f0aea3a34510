package dev.lodestar.demo;

import java.util.List;

/**
 * The people and teams of the demo company: three departments, twelve teams, sixty people. Several people sit
 * in two teams, and the team leads form their department's leadership team, as they would in a real company.
 */
final class DemoRoster {

	static final String DOMAIN = "@demo.lodestar.dev";

	/** {@code key} is the local part of the e-mail: firstname.lastname, in pinyin for Chinese names. */
	record DemoPerson(String key, String name, String locale) {

		String email() {
			return key + DOMAIN;
		}
	}

	/** A team under its department ({@code parentKey} null for a department); leads come before members. */
	record DemoTeam(String key, String name, String parentKey, List<String> leads, List<String> members) {
	}

	static final List<DemoPerson> PEOPLE = List.of(
			en("olivia.bennett", "Olivia Bennett"), zh("na.li", "李娜"), zh("wei.zhang", "张伟"),
			zh("jun.chen", "陈军"), zh("xiaoming.liu", "刘晓明"), zh("jing.zhou", "周静"), zh("hao.sun", "孙浩"),
			en("daniel.reed", "Daniel Reed"),
			en("sophie.turner", "Sophie Turner"), en("james.walker", "James Walker"), en("priya.nair", "Priya Nair"),
			new DemoPerson("yu.huang", "黄宇", "en"), en("emily.carter", "Emily Carter"), en("zoe.adams", "Zoe Adams"),
			zh("lei.wang", "王磊"), zh("min.zhao", "赵敏"), zh("tao.xu", "徐涛"), en("rachel.kim", "Rachel Kim"),
			zh("qiang.he", "何强"),
			en("marcus.hill", "Marcus Hill"), en("ethan.brooks", "Ethan Brooks"), en("nina.patel", "Nina Patel"),
			zh("peng.gao", "高鹏"), en("lucas.martin", "Lucas Martin"),
			zh("yan.lin", "林燕"), zh("bo.ma", "马波"), zh("ting.guo", "郭婷"), en("chloe.evans", "Chloe Evans"),
			zh("dong.yu", "于东"),
			en("hannah.wright", "Hannah Wright"), en("oliver.scott", "Oliver Scott"), zh("mei.tang", "唐梅"),
			zh("gang.luo", "罗刚"), zh("fei.song", "宋菲"), zh("jie.zheng", "郑杰"), zh("liang.xie", "谢亮"),
			en("george.hall", "George Hall"), zh("hong.qian", "钱红"),
			en("william.young", "William Young"), en("grace.lee", "Grace Lee"), new DemoPerson("kai.feng", "冯凯", "en"),
			zh("xin.deng", "邓欣"), zh("yue.cao", "曹悦"), en("jack.morris", "Jack Morris"),
			zh("hua.yang", "杨华"), zh("li.zhu", "朱丽"), zh("bin.hu", "胡斌"), zh("yi.lu", "陆怡"),
			en("amy.foster", "Amy Foster"), zh("qing.shi", "石青"), en("tom.baker", "Tom Baker"),
			en("laura.bell", "Laura Bell"), zh("chao.wu", "吴超"), en("ryan.cooper", "Ryan Cooper"),
			en("jasmine.ward", "Jasmine Ward"),
			zh("ying.ye", "叶颖"), en("kevin.price", "Kevin Price"), zh("rui.jiang", "蒋睿"), zh("xia.han", "韩霞"));

	static final List<DemoTeam> DEPARTMENTS = List.of(
			new DemoTeam("product", "Product & Engineering / 产品与研发", null, List.of("olivia.bennett"),
					List.of("jun.chen", "sophie.turner", "lei.wang", "marcus.hill", "yan.lin")),
			new DemoTeam("growth", "Growth / 增长", null, List.of("na.li"),
					List.of("hannah.wright", "gang.luo", "william.young", "xin.deng")),
			new DemoTeam("operations", "Operations / 运营", null, List.of("wei.zhang"),
					List.of("hua.yang", "laura.bell", "ying.ye")));

	static final List<DemoTeam> TEAMS = List.of(
			team("search", "Search / 搜索", "product", "jun.chen", "xiaoming.liu", "jing.zhou", "hao.sun", "daniel.reed"),
			team("mobile", "Mobile", "product", "sophie.turner", "james.walker", "priya.nair", "yu.huang", "emily.carter",
					"zoe.adams"),
			team("payments", "Payments / 支付", "product", "lei.wang", "min.zhao", "tao.xu", "rachel.kim", "qiang.he"),
			team("platform", "Platform", "product", "marcus.hill", "ethan.brooks", "nina.patel", "peng.gao",
					"lucas.martin", "daniel.reed"),
			team("data", "Data / 数据", "product", "yan.lin", "bo.ma", "ting.guo", "chloe.evans", "dong.yu",
					"xiaoming.liu"),
			team("brand", "Brand", "growth", "hannah.wright", "oliver.scott", "mei.tang", "emily.carter"),
			team("sales", "Sales / 销售", "growth", "gang.luo", "fei.song", "jie.zheng", "liang.xie", "george.hall",
					"hong.qian"),
			team("partnerships", "Partnerships", "growth", "william.young", "grace.lee", "kai.feng", "fei.song"),
			team("content", "Content / 内容", "growth", "xin.deng", "yue.cao", "jack.morris", "mei.tang"),
			team("service", "Customer Service / 客户服务", "operations", "hua.yang", "li.zhu", "bin.hu", "yi.lu",
					"amy.foster", "qing.shi", "tom.baker"),
			team("people", "People / 人力资源", "operations", "laura.bell", "chao.wu", "ryan.cooper", "jasmine.ward"),
			team("finance", "Finance / 财务", "operations", "ying.ye", "kevin.price", "rui.jiang", "xia.han"));

	private DemoRoster() {
	}

	private static DemoPerson en(String key, String name) {
		return new DemoPerson(key, name, "en");
	}

	private static DemoPerson zh(String key, String name) {
		return new DemoPerson(key, name, "zh-CN");
	}

	private static DemoTeam team(String key, String name, String department, String lead, String... members) {
		return new DemoTeam(key, name, department, List.of(lead), List.of(members));
	}
}
