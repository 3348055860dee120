/** Vietnamese words for each kind of help (concepts.ts). Typed with or without tone marks: matching folds them ("thuc pham" = "thực phẩm"). */
export default `
food: thực phẩm, thức ăn, đồ ăn, lương thực, đồ ăn uống
meals: bữa ăn, cơm, bữa trưa, bữa tối, bữa sáng, suất ăn, bữa ăn nóng
pantry: ngân hàng thực phẩm, kho thực phẩm, phát thực phẩm, phát đồ ăn
emergency-food: thực phẩm khẩn cấp, hộp thực phẩm, phiếu thực phẩm
food-delivery: giao đồ ăn, giao bữa ăn tận nhà, mang cơm tận nhà
food-stamps: phiếu thực phẩm, tem phiếu thực phẩm, CalFresh, SNAP, EBT
wic: WIC
nutrition: dinh dưỡng, ăn uống, chế độ ăn
garden: vườn, vườn cộng đồng
housing: nhà ở, chỗ ở, nơi ở, nhà cửa
shelter: nơi trú ẩn, nhà tạm trú, chỗ ngủ, trại tạm trú
homeless: vô gia cư, không nhà, không có nhà, ngủ ngoài đường
rent-help: trợ giúp tiền thuê nhà, tiền thuê nhà, tiền nhà, thuê nhà, tiền cọc
find-housing: tìm nhà, tìm chỗ ở, căn hộ, nhà giá rẻ, nhà thu nhập thấp
public-housing: nhà công cộng, nhà chính phủ, section 8, phiếu nhà ở
transitional-housing: nhà chuyển tiếp, nhà ở tạm thời
eviction: đuổi nhà, trục xuất khỏi nhà, bị đuổi, người thuê nhà, chủ nhà
home-repair: sửa nhà, sửa chữa nhà
foreclosure: tịch biên nhà, nợ nhà, thế chấp
homebuyer: mua nhà
assisted-living: nhà hỗ trợ sinh hoạt, viện dưỡng lão có hỗ trợ
nursing-home: viện dưỡng lão, nhà dưỡng lão
utilities: tiện ích, hóa đơn điện nước, tiền điện nước
electricity: điện, tiền điện, năng lượng, ga
water-bill: nước, tiền nước
phone: điện thoại, điện thoại di động, điện thoại miễn phí, hóa đơn điện thoại, di động
internet: internet, mạng, wifi, máy tính
computer-class: lớp vi tính, lớp máy tính, vi tính
transportation: đi lại, vận chuyển, phương tiện, chuyên chở, đưa đón
bus-pass: xe buýt, vé xe buýt, xe bus
gas-help: xăng, tiền xăng
car: xe hơi, ô tô, xe
medical-rides: đưa đón đi bác sĩ, chuyên chở y tế
money: tiền, hỗ trợ tài chính, trợ giúp tài chính, tiền mặt
emergency-cash: trợ giúp khẩn cấp, tiền khẩn cấp
benefits: trợ cấp, phúc lợi, trợ cấp chính phủ
cash-aid: trợ cấp tiền mặt, CalWORKs
disability-benefits: trợ cấp tàn tật, trợ cấp khuyết tật, SSI
social-security: an sinh xã hội, tiền hưu, hưu trí
unemployment: thất nghiệp, trợ cấp thất nghiệp
taxes: thuế, khai thuế, làm thuế
financial-education: giáo dục tài chính, quản lý tiền, ngân sách
credit: tín dụng, nợ, nợ nần
loans: vay tiền, khoản vay, cho vay
insurance: bảo hiểm
health-insurance: bảo hiểm y tế, bảo hiểm sức khỏe, Medi-Cal, Medicaid
medicare: Medicare
medical-bills: hóa đơn y tế, viện phí, tiền khám bệnh
jobs: việc làm, công việc, việc, làm việc
job-search: tìm việc, tìm việc làm, giới thiệu việc làm
job-training: đào tạo nghề, huấn luyện nghề, học nghề, đào tạo
resume: sơ yếu lý lịch, lý lịch, phỏng vấn
career-center: trung tâm nghề nghiệp, trung tâm việc làm
workers-rights: quyền lao động, tiền lương, quyền công nhân
volunteer: tình nguyện, tình nguyện viên
small-business: doanh nghiệp nhỏ, buôn bán, kinh doanh
education: giáo dục, trường học, lớp học, học
english-classes: lớp tiếng Anh, học tiếng Anh, tiếng Anh, ESL
literacy: xóa mù chữ, đọc viết, học đọc
tutoring: dạy kèm, kèm bài, bài tập về nhà, gia sư
ged: GED, bằng trung học, trường người lớn
college: đại học, cao đẳng, trường cao đẳng cộng đồng
financial-aid: học bổng, trợ giúp học phí
library: thư viện, sách
citizenship: quốc tịch, nhập tịch, công dân
immigration: di trú, nhập cư, di dân, thẻ xanh, tị nạn chính trị, giấy tờ
refugees: người tị nạn, tị nạn
legal: pháp lý, luật sư, luật pháp, dịch vụ pháp lý
legal-aid: trợ giúp pháp lý, luật sư miễn phí
mediation: hòa giải
notary: công chứng
interpretation: thông dịch, phiên dịch, dịch thuật, thông dịch viên
court: tòa án, tòa
divorce: ly dị, ly hôn, quyền nuôi con
discrimination: kỳ thị, phân biệt đối xử, dân quyền
id-documents: giấy tờ tùy thân, căn cước, giấy khai sinh
vital-records: giấy khai sinh, giấy chứng tử, hộ tịch
reentry: ra tù, mãn hạn tù, tại ngoại, quản chế
veterans: cựu chiến binh, cựu quân nhân, quân đội
health: sức khỏe, y tế, khám bệnh, chữa bệnh
clinic: phòng khám, bệnh xá, trạm y tế
doctor: bác sĩ, khám bác sĩ
dental: nha khoa, nha sĩ, răng
vision: mắt, thị lực, kính mắt
hearing: thính lực, điếc, nghe kém
hospital: bệnh viện, nhà thương
urgent-care: cấp cứu, phòng cấp cứu
prescriptions: thuốc, toa thuốc, đơn thuốc, nhà thuốc
vaccinations: chích ngừa, tiêm chủng, vắc xin, tiêm phòng
checkup: khám sức khỏe, xét nghiệm, kiểm tra, sàng lọc
hiv: HIV, AIDS, SIDA
std: bệnh tình dục, bệnh lây qua đường tình dục
pregnancy: mang thai, có thai, có bầu, tiền sản
family-planning: kế hoạch hóa gia đình, ngừa thai
maternity: sinh con, sinh đẻ, hậu sản
breastfeeding: cho con bú, nuôi con bằng sữa mẹ
disability: khuyết tật, tàn tật, người khuyết tật
developmental-disability: chậm phát triển, tự kỷ
physical-therapy: vật lý trị liệu, phục hồi chức năng
home-care: chăm sóc tại nhà, chăm sóc tận nhà
hospice: chăm sóc cuối đời, an dưỡng cuối đời
grief: đau buồn, mất người thân, tang chế
funeral: đám tang, tang lễ, mai táng
mental-health: sức khỏe tâm thần, sức khỏe tinh thần, tâm lý
counseling: tư vấn, tham vấn, tư vấn tâm lý, trị liệu, cố vấn
psychiatrist: bác sĩ tâm thần, tâm thần
crisis: khủng hoảng, đường dây nóng
suicide-prevention: phòng chống tự tử, tự tử
depression: trầm cảm, buồn chán
anxiety: lo âu, căng thẳng, lo lắng
support-group: nhóm hỗ trợ, nhóm tương trợ
peer-support: hỗ trợ đồng cảnh, đồng đẳng
trauma: sang chấn, chấn thương tâm lý
substance-use: ma túy, nghiện, cai nghiện, nghiện ngập
alcohol: rượu, nghiện rượu, cai rượu
detox: giải độc, cai
rehab: phục hồi, điều trị, trung tâm cai nghiện
twelve-step: 12 bước, mười hai bước
smoking: hút thuốc, thuốc lá, bỏ thuốc
gambling: cờ bạc, bài bạc
domestic-violence: bạo lực gia đình, bạo hành, ngược đãi, bị đánh
sexual-assault: tấn công tình dục, hiếp dâm, xâm hại tình dục
child-abuse: ngược đãi trẻ em, bạo hành trẻ em
elder-abuse: ngược đãi người già, bạo hành người cao tuổi
safety: an toàn, bạo lực
trafficking: buôn người
childcare: giữ trẻ, trông trẻ, nhà trẻ, chăm sóc trẻ em
preschool: mẫu giáo, tiền học đường, head start
after-school: sau giờ học, sau giờ tan trường
children: trẻ em, con nít, con cái, trẻ
youth: thanh thiếu niên, thiếu niên, thanh niên, tuổi teen
parenting: nuôi dạy con, cha mẹ, phụ huynh
family: gia đình
foster-care: nuôi dưỡng tạm thời, con nuôi, nhận con nuôi
baby-supplies: tã, bỉm, sữa bột, em bé
older-adults: người cao tuổi, người già, cao niên, lớn tuổi, người lớn tuổi
senior-center: trung tâm cao niên, trung tâm người cao tuổi
adult-day: chăm sóc ban ngày cho người lớn
caregivers: người chăm sóc, người chăm sóc gia đình, nghỉ ngơi tạm thời
dementia: mất trí nhớ, sa sút trí tuệ, Alzheimer
clothing: quần áo, áo quần, đồ mặc
furniture: đồ đạc, đồ gỗ, bàn ghế, nội thất
household-goods: đồ gia dụng, chăn, mền, vật dụng gia đình
hygiene: vệ sinh, tắm, đồ vệ sinh cá nhân
laundry: giặt đồ, giặt quần áo
school-supplies: đồ dùng học tập, cặp sách, dụng cụ học tập
toys: đồ chơi, quà
medical-equipment: dụng cụ y tế, thiết bị y tế, xe lăn
lgbtq: LGBT, đồng tính, chuyển giới
women: phụ nữ
men: nam giới, đàn ông
farmworkers: công nhân nông trại, nông dân, di dân lao động
information-referral: thông tin, giới thiệu, chuyển tiếp
case-management: quản lý hồ sơ, nhân viên xã hội
forms-help: điền đơn, đơn từ, giấy tờ, mẫu đơn
mentoring: cố vấn kèm cặp, người hướng dẫn
recreation: giải trí, thể thao, tập thể dục
arts: nghệ thuật, thủ công, âm nhạc
camp: trại hè, cắm trại
spiritual: tâm linh, nhà thờ, chùa, tôn giáo
pets: thú cưng, vật nuôi, động vật
disaster: thiên tai, hỏa hoạn, lũ lụt
home-visits: thăm nhà, thăm tại nhà
consumer: người tiêu dùng, lừa đảo
free-clinic: phòng khám miễn phí
low-cost: miễn phí, không tốn tiền, giá rẻ
emergency: khẩn cấp
runaway: bỏ nhà đi, trẻ bỏ nhà
wheelchair: xe lăn
lang-spanish: tiếng Tây Ban Nha
lang-chinese: tiếng Hoa, tiếng Trung
lang-cantonese: tiếng Quảng Đông
lang-mandarin: tiếng Quan Thoại, tiếng Phổ Thông
lang-vietnamese: tiếng Việt, nói tiếng Việt
lang-tagalog: tiếng Tagalog, tiếng Philippines
lang-russian: tiếng Nga
lang-korean: tiếng Hàn
lang-arabic: tiếng Ả Rập
sign-language: ngôn ngữ ký hiệu, thủ ngữ
bilingual: song ngữ, thông dịch viên
`;
