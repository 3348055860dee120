/**
 * Chinese words for each kind of help (concepts.ts), Traditional and Simplified together: a person
 * may type either script whatever the page shows, so zh-Hant and zh-Hans load this one list.
 * Cantonese everyday words (搵工, 睇醫生) are included.
 */
export default `
food: 食物, 食品, 吃的, 糧食, 粮食, 食材, 雜貨, 杂货
meals: 餐, 膳食, 飯菜, 饭菜, 午餐, 晚餐, 早餐, 熱餐, 热餐, 免費餐, 免费餐
pantry: 食物銀行, 食物银行, 食物倉, 食物仓, 食物發放, 食物发放
emergency-food: 緊急食物, 紧急食物, 食物盒, 食物券
food-delivery: 送餐, 送餐服務, 送餐服务, 上門送餐, 上门送餐, 送飯, 送饭
food-stamps: 食物券, 糧食券, 粮食券, 食品券, 福利卡
wic: WIC, 婦嬰幼兒營養, 妇婴幼儿营养
nutrition: 營養, 营养, 飲食, 饮食
garden: 菜園, 菜园, 社區花園, 社区花园
housing: 住房, 住屋, 房屋, 住宅, 住處, 住处, 住所, 房子
shelter: 庇護所, 庇护所, 收容所, 避難所, 避难所, 臨時住所, 临时住所
homeless: 無家可歸, 无家可归, 露宿, 流浪, 遊民, 游民, 街友
rent-help: 租金補助, 租金补助, 房租, 租金, 交租, 租屋援助, 押金
find-housing: 找房子, 找房, 租房, 租屋, 公寓, 平價住房, 平价住房, 可負擔住房, 可负担住房
public-housing: 公共住房, 公屋, 政府房屋, 第八條, 第八条, 住房券
transitional-housing: 過渡住房, 过渡住房, 過渡性住房, 过渡性住房
eviction: 驅逐, 驱逐, 迫遷, 迫迁, 租客, 房東, 房东, 業主, 业主
home-repair: 房屋維修, 房屋维修, 修房子, 維修, 维修
foreclosure: 止贖, 止赎, 房貸, 房贷, 按揭
homebuyer: 買房, 买房, 購屋, 购屋, 置業, 置业
assisted-living: 輔助生活, 辅助生活, 安老院, 護理院, 护理院
nursing-home: 養老院, 养老院, 老人院, 療養院, 疗养院, 護老院, 护老院
utilities: 水電費, 水电费, 公用事業, 公用事业, 帳單, 账单, 水電煤, 水电煤
electricity: 電費, 电费, 電力, 电力, 能源, 煤氣, 煤气
water-bill: 水費, 水费
phone: 電話, 电话, 手機, 手机, 免費手機, 免费手机, 電話費, 电话费, 手提電話, 手提电话
internet: 上網, 上网, 網絡, 网络, 網路, 互聯網, 互联网, 電腦, 电脑
computer-class: 電腦課, 电脑课, 電腦班, 电脑班
transportation: 交通, 交通服務, 交通服务, 接送
bus-pass: 巴士, 公車, 公车, 公交, 車票, 车票, 公車卡, 公交卡
gas-help: 汽油, 油費, 油费
car: 汽車, 汽车, 車, 车
medical-rides: 醫療接送, 医疗接送, 看病接送
money: 錢, 钱, 經濟援助, 经济援助, 財務援助, 财务援助, 現金, 现金
emergency-cash: 緊急援助, 紧急援助, 急用錢, 急用钱
benefits: 福利, 政府福利, 公共援助, 救濟, 救济
cash-aid: 現金補助, 现金补助, 救濟金, 救济金
disability-benefits: 殘疾福利, 残疾福利, 傷殘津貼, 伤残津贴, SSI
social-security: 社會安全, 社会安全, 社安, 退休金, 養老金, 养老金, 社會保障, 社会保障
unemployment: 失業, 失业, 失業救濟, 失业救济, 失業金, 失业金
taxes: 報稅, 报税, 稅務, 税务, 稅, 税
financial-education: 理財, 理财, 財務教育, 财务教育, 預算, 预算
credit: 信用, 債務, 债务, 欠債, 欠债
loans: 貸款, 贷款, 借錢, 借钱
insurance: 保險, 保险
health-insurance: 醫療保險, 医疗保险, 健康保險, 健康保险, 醫保, 医保, 白卡, 紅藍卡, 红蓝卡
medicare: 聯邦醫療保險, 联邦医疗保险, 紅藍卡, 红蓝卡
medical-bills: 醫療費, 医疗费, 醫藥費, 医药费, 看病費用, 看病费用
jobs: 工作, 就業, 就业, 職位, 职位, 搵工, 找工作, 工
job-search: 找工作, 求職, 求职, 搵工, 職業介紹, 职业介绍
job-training: 職業培訓, 职业培训, 技能培訓, 技能培训, 培訓, 培训, 職訓, 职训
resume: 履歷, 履历, 簡歷, 简历, 面試, 面试
career-center: 職業中心, 职业中心, 就業中心, 就业中心
workers-rights: 勞工權益, 劳工权益, 工資, 工资, 欠薪
volunteer: 義工, 义工, 志願者, 志愿者, 志工
small-business: 小生意, 小企業, 小企业, 創業, 创业
education: 教育, 學校, 学校, 上課, 上课, 課程, 课程
english-classes: 英文班, 英語班, 英语班, 英文課, 英文课, 學英文, 学英文, 英語課, 英语课, 英文, 英語, 英语
literacy: 識字, 识字, 讀寫, 读写, 閱讀, 阅读
tutoring: 補習, 补习, 功課輔導, 功课辅导, 家教
ged: 高中同等學歷, 高中同等学历, 成人學校, 成人学校, 高中文憑, 高中文凭
college: 大學, 大学, 學院, 学院, 社區大學, 社区大学
financial-aid: 助學金, 助学金, 獎學金, 奖学金, 學費援助, 学费援助
library: 圖書館, 图书馆, 書, 书
citizenship: 入籍, 公民, 歸化, 归化
immigration: 移民, 綠卡, 绿卡, 身份, 簽證, 签证, 政治庇護, 政治庇护
refugees: 難民, 难民
legal: 法律, 律師, 律师, 法律服務, 法律服务, 法律諮詢, 法律咨询
legal-aid: 法律援助, 免費律師, 免费律师
mediation: 調解, 调解
notary: 公證, 公证
interpretation: 翻譯, 翻译, 傳譯, 传译, 口譯, 口译
court: 法院, 法庭
divorce: 離婚, 离婚, 監護權, 监护权, 撫養權, 抚养权
discrimination: 歧視, 歧视, 民權, 民权
id-documents: 身份證, 身份证, 證件, 证件, 出生證明, 出生证明
vital-records: 出生證明, 出生证明, 死亡證明, 死亡证明
reentry: 出獄, 出狱, 假釋, 假释, 緩刑, 缓刑, 更生
veterans: 退伍軍人, 退伍军人, 老兵, 軍人, 军人
health: 健康, 醫療, 医疗, 看病, 睇醫生, 睇医生
clinic: 診所, 诊所, 醫務所, 医务所, 健康中心
doctor: 醫生, 医生, 看醫生, 看医生, 睇醫生, 睇医生, 家庭醫生, 家庭医生
dental: 牙科, 牙醫, 牙医, 牙齒, 牙齿, 看牙
vision: 眼科, 視力, 视力, 眼鏡, 眼镜, 眼睛
hearing: 聽力, 听力, 耳聾, 耳聋, 聾人, 聋人
hospital: 醫院, 医院
urgent-care: 急診, 急诊, 急症
prescriptions: 藥物, 药物, 處方, 处方, 藥房, 药房, 藥, 药
vaccinations: 疫苗, 打針, 打针, 接種, 接种, 預防針, 预防针
checkup: 檢查, 检查, 體檢, 体检, 篩查, 筛查, 化驗, 化验
hiv: 愛滋病, 艾滋病, 爱滋病, HIV
std: 性病, 性傳播疾病, 性传播疾病
pregnancy: 懷孕, 怀孕, 孕婦, 孕妇, 產前, 产前
family-planning: 計劃生育, 计划生育, 避孕, 家庭計劃, 家庭计划
maternity: 產科, 产科, 生產, 生产, 產後, 产后, 坐月子
breastfeeding: 母乳餵養, 母乳喂养, 哺乳
disability: 殘疾, 残疾, 殘障, 残障, 傷殘, 伤残, 身心障礙, 身心障碍
developmental-disability: 發展障礙, 发展障碍, 自閉症, 自闭症
physical-therapy: 物理治療, 物理治疗, 復健, 复健, 康復, 康复
home-care: 家居護理, 家居护理, 居家照顧, 居家照顾, 上門護理, 上门护理
hospice: 安寧療護, 安宁疗护, 臨終關懷, 临终关怀
grief: 喪親, 丧亲, 哀傷, 哀伤, 悲傷, 悲伤
funeral: 喪葬, 丧葬, 葬禮, 葬礼
mental-health: 心理健康, 精神健康, 情緒健康, 情绪健康, 心理
counseling: 心理諮詢, 心理咨询, 輔導, 辅导, 諮詢, 咨询, 心理輔導, 心理辅导, 心理治療, 心理治疗, 治療師, 治疗师
psychiatrist: 精神科, 精神科醫生, 精神科医生
crisis: 危機, 危机, 熱線, 热线, 危機熱線, 危机热线
suicide-prevention: 預防自殺, 预防自杀, 自殺, 自杀
depression: 抑鬱, 抑郁, 憂鬱, 忧郁
anxiety: 焦慮, 焦虑, 壓力, 压力
support-group: 支持小組, 支持小组, 互助小組, 互助小组, 支援小組, 支援小组
peer-support: 朋輩支援, 朋辈支援, 同伴支持
trauma: 創傷, 创伤
substance-use: 戒毒, 毒品, 藥物濫用, 药物滥用, 成癮, 成瘾, 上癮, 上瘾
alcohol: 戒酒, 酗酒, 酒精
detox: 排毒, 戒斷, 戒断
rehab: 戒毒所, 康復治療, 康复治疗, 治療中心, 治疗中心
twelve-step: 十二步, 12步
smoking: 戒煙, 戒烟, 吸煙, 吸烟, 煙草, 烟草
gambling: 賭博, 赌博, 戒賭, 戒赌
domestic-violence: 家暴, 家庭暴力, 虐待, 被打
sexual-assault: 性侵, 性侵犯, 強姦, 强奸
child-abuse: 虐兒, 虐儿, 虐待兒童, 虐待儿童
elder-abuse: 虐老, 虐待老人
safety: 安全, 暴力
trafficking: 人口販賣, 人口贩卖, 人口販運, 人口贩运
childcare: 托兒, 托儿, 托兒所, 托儿所, 幼兒照顧, 幼儿照顾, 日托, 湊仔
preschool: 幼稚園, 幼儿园, 幼兒園, 學前班, 学前班
after-school: 課後, 课后, 課後班, 课后班, 放學後, 放学后
children: 兒童, 儿童, 小孩, 孩子, 小朋友
youth: 青少年, 青年, 年輕人, 年轻人
parenting: 育兒, 育儿, 親子, 亲子, 家長, 家长, 父母
family: 家庭, 家人
foster-care: 寄養, 寄养, 領養, 领养, 收養, 收养
baby-supplies: 尿布, 奶粉, 嬰兒, 婴儿, 寶寶, 宝宝
older-adults: 長者, 长者, 老人, 長輩, 长辈, 年長者, 年长者, 老年人, 耆英
senior-center: 老人中心, 長者中心, 长者中心, 老人活動中心, 老人活动中心
adult-day: 成人日間, 成人日间, 日間護理, 日间护理
caregivers: 照顧者, 照顾者, 護老者, 护老者, 喘息服務, 喘息服务
dementia: 失智, 癡呆, 痴呆, 認知障礙, 认知障碍, 老人癡呆, 老人痴呆
clothing: 衣服, 衣物, 服裝, 服装
furniture: 傢俬, 家私, 傢俱, 家具
household-goods: 家居用品, 日用品, 被子, 毛毯
hygiene: 衛生, 卫生, 洗澡, 淋浴, 衛生用品, 卫生用品
laundry: 洗衣, 洗衣服
school-supplies: 文具, 書包, 书包, 學習用品, 学习用品
toys: 玩具, 禮物, 礼物
medical-equipment: 醫療器材, 医疗器材, 輪椅, 轮椅
lgbtq: 同志, 同性戀, 同性恋, 跨性別, 跨性别, LGBT
women: 婦女, 妇女, 女性
men: 男性, 男士
farmworkers: 農場工人, 农场工人, 農工, 农工
information-referral: 轉介, 转介, 資訊, 资讯, 信息
case-management: 個案管理, 个案管理, 社工
forms-help: 填表, 表格, 申請表, 申请表
mentoring: 導師, 导师, 師友, 师友
recreation: 康樂, 康乐, 運動, 运动, 娛樂, 娱乐
arts: 藝術, 艺术, 手工, 音樂, 音乐
camp: 營地, 营地, 夏令營, 夏令营
spiritual: 宗教, 教會, 教会, 靈性, 灵性
pets: 寵物, 宠物, 動物, 动物
disaster: 災難, 灾难, 火災, 火灾, 水災, 水灾
home-visits: 家訪, 家访, 上門探訪, 上门探访
consumer: 消費者, 消费者, 詐騙, 诈骗
free-clinic: 免費診所, 免费诊所, 義診, 义诊
low-cost: 免費, 免费, 低收費, 低收费, 便宜
emergency: 緊急, 紧急, 急救
runaway: 離家出走, 离家出走, 青少年庇護, 青少年庇护
wheelchair: 輪椅, 轮椅, 無障礙, 无障碍
lang-spanish: 西班牙語, 西班牙语, 西班牙文
lang-chinese: 中文, 華語, 华语, 漢語, 汉语, 講中文, 讲中文
lang-cantonese: 粵語, 粤语, 廣東話, 广东话, 廣府話, 广府话
lang-mandarin: 普通話, 普通话, 國語, 国语
lang-vietnamese: 越南語, 越南语, 越南文
lang-tagalog: 他加祿語, 他加禄语, 菲律賓語, 菲律宾语
lang-russian: 俄語, 俄语, 俄文
lang-korean: 韓語, 韩语, 韓文, 韩文
lang-arabic: 阿拉伯語, 阿拉伯语, 阿拉伯文
sign-language: 手語, 手语
bilingual: 雙語, 双语, 傳譯員, 传译员
`;
