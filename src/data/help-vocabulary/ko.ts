/** Korean words for each kind of help (concepts.ts). Particles after a word (음식을, 병원에) still match. */
export default `
food: 음식, 식품, 먹을 것, 먹거리, 식료품, 식량
meals: 식사, 무료 식사, 점심, 저녁, 아침, 급식, 밥
pantry: 푸드뱅크, 푸드 뱅크, 식품 나눔, 식료품 배급, 푸드팬트리
emergency-food: 긴급 식품, 긴급 식량, 식품 상자, 식품 쿠폰
food-delivery: 도시락 배달, 식사 배달, 음식 배달, 밀스 온 휠스
food-stamps: 푸드스탬프, 푸드 스탬프, 식품 보조, CalFresh, SNAP, EBT
wic: WIC, 여성 영유아 어린이 영양
nutrition: 영양, 식단
garden: 텃밭, 정원, 커뮤니티 가든
housing: 주거, 주택, 집, 거주, 살 곳
shelter: 쉼터, 보호소, 노숙인 쉼터, 임시 거처, 피난처
homeless: 노숙, 노숙자, 노숙인, 홈리스, 집이 없
rent-help: 렌트 지원, 월세 지원, 렌트, 월세, 집세, 임대료, 보증금
find-housing: 집 찾기, 아파트, 저렴한 주택, 서민 주택
public-housing: 공공 주택, 공공주택, 섹션 8, 주택 바우처
transitional-housing: 과도기 주택, 임시 주택, 전환 주택
eviction: 퇴거, 쫓겨, 세입자, 집주인
home-repair: 집수리, 주택 수리, 수리
foreclosure: 압류, 주택 압류, 모기지, 융자
homebuyer: 내 집 마련, 주택 구입
assisted-living: 생활 보조 시설, 요양 시설
nursing-home: 양로원, 요양원, 노인 요양원
utilities: 공과금, 유틸리티, 전기 가스 요금
electricity: 전기, 전기료, 전기 요금, 가스비, 에너지
water-bill: 수도, 수도료, 수도 요금, 물
phone: 전화, 휴대폰, 핸드폰, 무료 휴대폰, 전화 요금, 전화비
internet: 인터넷, 와이파이, 컴퓨터
computer-class: 컴퓨터 교실, 컴퓨터 수업, 컴퓨터 강좌
transportation: 교통, 교통편, 이동, 차편, 라이드
bus-pass: 버스, 버스 패스, 버스표, 교통카드
gas-help: 기름값, 주유, 휘발유
car: 자동차, 차, 차량
medical-rides: 병원 교통편, 의료 교통
money: 돈, 재정 지원, 경제적 지원, 현금, 생활비
emergency-cash: 긴급 지원, 긴급 자금, 긴급 생활비
benefits: 혜택, 복지, 정부 지원, 공공 부조, 수당
cash-aid: 현금 지원, 현금 보조, CalWORKs, 생계비
disability-benefits: 장애 수당, 장애 연금, SSI
social-security: 사회보장, 소셜 시큐리티, 연금, 은퇴
unemployment: 실업, 실업 수당, 실업급여, 실직
taxes: 세금, 세금 보고, 택스
financial-education: 금융 교육, 재무 교육, 예산
credit: 신용, 빚, 부채, 크레딧
loans: 대출, 융자, 론
insurance: 보험
health-insurance: 건강 보험, 의료 보험, 메디칼, Medi-Cal, 메디케이드
medicare: 메디케어, Medicare
medical-bills: 병원비, 의료비, 치료비
jobs: 일자리, 직업, 취업, 일, 구직, 고용
job-search: 구직, 일자리 찾기, 취업 알선, 직업 소개
job-training: 직업 훈련, 취업 교육, 기술 훈련, 직업 교육
resume: 이력서, 면접
career-center: 취업 센터, 커리어 센터
workers-rights: 노동자 권리, 근로자 권리, 임금, 월급
volunteer: 자원봉사, 봉사, 자원봉사자
small-business: 소상공인, 사업, 창업, 스몰 비즈니스
education: 교육, 학교, 수업, 강좌
english-classes: 영어 수업, 영어 교실, 영어 강좌, 영어 배우기, 영어, ESL
literacy: 문해, 읽기, 글 읽기
tutoring: 과외, 튜터링, 숙제, 학습 지도
ged: GED, 고졸 검정고시, 검정고시, 성인 학교
college: 대학, 대학교, 커뮤니티 칼리지, 칼리지
financial-aid: 장학금, 학자금, 학비 지원
library: 도서관, 책
citizenship: 시민권, 귀화
immigration: 이민, 이민자, 영주권, 그린카드, 비자, 망명, 체류 신분
refugees: 난민
legal: 법률, 변호사, 법률 상담, 법률 서비스
legal-aid: 법률 지원, 무료 변호사, 무료 법률 상담
mediation: 중재, 조정
notary: 공증
interpretation: 통역, 번역, 통역사
court: 법원, 재판
divorce: 이혼, 양육권
discrimination: 차별, 민권
id-documents: 신분증, 신분 증명, 출생 증명서
vital-records: 출생 증명서, 사망 증명서
reentry: 출소, 가석방, 보호관찰, 교도소 출소
veterans: 재향군인, 참전용사, 군인, 베테랑
health: 건강, 의료, 진료, 치료
clinic: 클리닉, 진료소, 보건소, 의원
doctor: 의사, 병원 진료, 주치의
dental: 치과, 치아, 치과의사
vision: 안과, 시력, 안경, 눈
hearing: 청력, 청각, 청각 장애, 난청
hospital: 병원
urgent-care: 응급실, 응급 진료, 응급
prescriptions: 약, 처방, 처방약, 약국
vaccinations: 예방접종, 예방 접종, 백신, 주사
checkup: 검진, 건강 검진, 검사
hiv: HIV, 에이즈
std: 성병, 성매개 감염
pregnancy: 임신, 임산부, 산전
family-planning: 가족 계획, 피임
maternity: 출산, 산후, 분만
breastfeeding: 모유 수유, 수유
disability: 장애, 장애인
developmental-disability: 발달 장애, 자폐
physical-therapy: 물리 치료, 재활, 재활 치료
home-care: 재가 돌봄, 가정 간호, 방문 요양, 홈케어
hospice: 호스피스, 임종 돌봄
grief: 사별, 슬픔, 애도
funeral: 장례, 장례식
mental-health: 정신 건강, 정신건강, 마음 건강, 심리
counseling: 상담, 심리 상담, 카운슬링, 치료사, 심리 치료
psychiatrist: 정신과, 정신과 의사
crisis: 위기, 핫라인, 위기 상담, 상담 전화
suicide-prevention: 자살 예방, 자살
depression: 우울증, 우울
anxiety: 불안, 스트레스, 불안증
support-group: 지원 그룹, 자조 모임, 서포트 그룹
peer-support: 동료 지원, 또래 지원
trauma: 트라우마, 외상
substance-use: 마약, 중독, 약물 중독, 약물 남용, 회복
alcohol: 술, 알코올, 알코올 중독, 금주
detox: 해독, 디톡스
rehab: 재활원, 중독 치료, 치료 센터
twelve-step: 12단계, 12 단계
smoking: 금연, 흡연, 담배
gambling: 도박, 도박 중독
domestic-violence: 가정 폭력, 가정폭력, 학대, 폭력 피해
sexual-assault: 성폭력, 성폭행, 성추행
child-abuse: 아동 학대
elder-abuse: 노인 학대
safety: 안전, 폭력
trafficking: 인신매매
childcare: 보육, 어린이집, 탁아, 아이 돌봄, 데이케어
preschool: 유치원, 프리스쿨, 헤드스타트
after-school: 방과 후, 방과후
children: 어린이, 아이, 아동, 아이들, 자녀
youth: 청소년, 청년, 십대
parenting: 육아, 부모, 자녀 양육, 부모 교육
family: 가족, 가정
foster-care: 위탁 가정, 입양, 위탁
baby-supplies: 기저귀, 분유, 아기, 유아 용품
older-adults: 노인, 어르신, 시니어, 고령자, 노년
senior-center: 노인 센터, 시니어 센터, 경로당, 노인 회관
adult-day: 성인 주간 보호, 주간 보호, 데이케어 센터
caregivers: 간병인, 돌봄 제공자, 보호자, 휴식 지원
dementia: 치매, 알츠하이머, 기억력 감퇴
clothing: 옷, 의류, 의복
furniture: 가구
household-goods: 생활용품, 가정용품, 담요, 이불
hygiene: 위생, 샤워, 세면도구, 위생 용품
laundry: 세탁, 빨래
school-supplies: 학용품, 책가방
toys: 장난감, 선물
medical-equipment: 의료 기기, 의료 장비, 휠체어
lgbtq: LGBT, 성소수자, 동성애, 트랜스젠더
women: 여성
men: 남성
farmworkers: 농장 노동자, 농업 노동자, 이주 노동자
information-referral: 정보, 안내, 연결, 의뢰
case-management: 사례 관리, 케이스 매니저, 사회복지사
forms-help: 서류, 신청서, 서류 작성
mentoring: 멘토, 멘토링
recreation: 여가, 운동, 스포츠, 레크리에이션
arts: 예술, 공예, 음악
camp: 캠프, 여름 캠프
spiritual: 영적, 교회, 신앙, 목회
pets: 반려동물, 애완동물, 동물
disaster: 재난, 화재, 홍수
home-visits: 가정 방문, 방문 서비스
consumer: 소비자, 사기
free-clinic: 무료 진료소, 무료 클리닉
low-cost: 무료, 공짜, 저렴한, 저비용
emergency: 긴급, 응급
runaway: 가출, 가출 청소년
wheelchair: 휠체어, 장애인 접근
lang-spanish: 스페인어
lang-chinese: 중국어
lang-cantonese: 광둥어, 광동어
lang-mandarin: 만다린, 표준 중국어
lang-vietnamese: 베트남어
lang-tagalog: 타갈로그어, 필리핀어
lang-russian: 러시아어
lang-korean: 한국어, 한국말, 한인
lang-arabic: 아랍어
sign-language: 수화, 수어
bilingual: 이중 언어, 통역사
`;
