"""Kinds of names the entity stage must handle beyond our first passages: each sentence written here."""

from __future__ import annotations

import pickle

import pytest

import zhnews
from zhnews import extract_entities
from zhnews.extract._words import segmenter
from zhnews.resources import Resources


def _found(text: str, **options: object) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in extract_entities(text, **options)}  # type: ignore[arg-type]


@pytest.mark.parametrize("text, name", [
    ("深圳先进电子材料与器件研究所今天发布了三项成果。", "深圳先进电子材料与器件研究所"),
    ("澳门劳工及福利局公布了新一年的培训计划。", "澳门劳工及福利局"),
    ("江苏省住房和城乡建设厅召开全省会议。", "江苏省住房和城乡建设厅"),
])
def test_a_conjunction_inside_one_bodys_name_keeps_it_whole(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_conjunction_between_two_names_keeps_them_apart() -> None:
    found = _found("临江实验室与南湖大学签署合作协议。")
    assert ("临江实验室", "LAB") in found
    assert ("南湖大学", "ORG") in found
    assert not any("与" in text for text, _ in found)


def test_an_event_after_a_year_of_award_cycle_starts_after_it() -> None:
    assert ("江南数字经济大会", "EVENT") in _found("2025年度江南数字经济大会在苏州召开。")


@pytest.mark.parametrize("text", ["他欣慰地说，项目进展顺利。", "记者看到，居民们兴奋地表示欢迎。"])
def test_an_adverb_before_a_speech_verb_is_no_person(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    # surnames the tagger has rarely seen, framed by a title and a speech verb
    ("市气象台首席预报员、高级工程师仉若川介绍，寒潮周末抵达。", "仉若川"),
    ("行业协会会长宓雨桐透露，会员企业已超过两千家。", "宓雨桐"),
    ("该院副院长岑立夫强调，病床将增加三百张。", "岑立夫"),
    ("環保署副署長庾嘉言呼籲，民眾減少使用一次性餐具。", "庾嘉言"),
    ("實驗室研究員蒯子衡分析，颱風路徑仍有變數。", "蒯子衡"),
    # a compound surname
    ("市局副局长澹台明远表示，整治将持续到年底。", "澹台明远"),
    # 说 both follows names and is the speech verb
    ("更新处科长逯晨玮说，案件仍在审查。", "逯晨玮"),
    # a title of its own between the name and the speech verb
    ("课题负责人郏明川主任医师说，试验已完成入组。", "郏明川"),
    ("学院院长钮思源教授表示，课程将全部更新。", "钮思源"),
    # surnames of the Hundred Family Surnames that are no common word (昝, 巫马) and a legislator's title
    ("市规划局局长昝文澜指出，方案仍在公示。", "昝文澜"),
    ("民進黨立委巫馬志恆則提醒，預算應逐項審查。", "巫馬志恆"),
    ("國民黨立委萬承遠質詢指出，港區聯外道路壅塞。", "萬承遠"),  # a legislator's questioning is speech
    # a date, a bracket or 在 closes the name after a title as a speech verb does
    ("据报道，某国首相芮思远11日在首都会见来访团组。", "芮思远"),
    ("市统计局新闻发言人郜清禾在发布会上介绍了数据。", "郜清禾"),
    ("被告鈕子謙（56歲）否認控罪。", "鈕子謙"),
])
def test_a_name_between_a_title_and_a_speech_verb_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("本报北京5月3日电（记者芮清远）全国夏粮收购工作近日启动。", "芮清远"),
    ("（中央社記者眭以寧台北12日電）交通部今天公布新制。", "眭以寧"),
    ("新华社杭州6月1日电 记者郜云帆 通讯员王小军 报道：", "郜云帆"),
    ("记者禚明远报道，该市地铁三号线今日开通。", "禚明远"),
])
def test_a_name_a_credit_line_closes_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text", [
    # what stands between the name and the day is no place the lexicons know: no dateline
    "（记者蔡明亮相关部门5日电）",
    # a verb after the title, then a comma: no credit line (查 is a surname)
    "经记者查实，这则消息并不属实。",
    "记者看到这里（现场）秩序井然。",
])
def test_a_reporters_title_before_no_credit_closer_frames_no_name(text: str) -> None:
    from zhnews.extract._entity_places import _framed_people
    from zhnews.resources import default_resources

    assert _framed_people(text, default_resources()) == []


@pytest.mark.parametrize("text", ["主任郜清远以3票之差当选。", "主任王伟以3票当选。"])
def test_a_preposition_before_a_number_is_no_part_of_a_name(text: str) -> None:
    # a number closes a name after a title (a weak frame): 以 and 于 before it are words of their own
    assert not any(t == "PERSON" and n.endswith("以") for n, t in _found(text))


@pytest.mark.parametrize("text", ["记者于当天在工地看到，工程已过半。", "總統於週一在國會發表演說。",
                                  "总统曾多次在公开场合表示支持。", "院长曾任12年系主任。"])
def test_a_function_word_after_a_title_before_a_weak_frame_is_no_name(text: str) -> None:
    # a date, 在 or a bracket closes a name less surely than a speech verb: 于当天, 曾多次, 曾任 are no names
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize("text", ["研究员张伟（Harvard）指出，样本量不足。", "教授李明华（MIT）表示，模型仍需验证。"])
def test_a_body_in_latin_letters_after_a_person_is_no_person(text: str) -> None:
    assert not any(t == "PERSON" and n.isascii() for n, t in _found(text))


@pytest.mark.parametrize("text", ["主任明确表示，方案不变。", "研究员常常提醒学生注意安全。",
                                  "处长同时强调，审批时限压缩一半。"])
def test_a_common_word_between_a_title_and_a_speech_verb_is_no_person(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(("text", "word"), [
    # a run that holds a common noun between a title and a speech verb is a phrase (原|单位, 项目组), no name
    ("涉事副处长原单位回应称，已启动调查。", "原单位"),
    ("据负责人项目组介绍，样机将于年底完成。", "项目组"),
    ("一位主持人志愿者说，活动办得很顺利。", "志愿者"),
])
def test_a_noun_between_a_title_and_a_speech_verb_is_no_framed_person(text: str, word: str) -> None:
    from zhnews.extract._entity_places import _framed_people
    from zhnews.resources import default_resources

    assert word not in [text[c.a:c.b] for c in _framed_people(text, default_resources())]


@pytest.mark.parametrize(("text", "name"), [("科长吴大伟表示，审批将提速。", "吴大伟"),
                                             ("所长周平安说，堤防已加固。", "周平安")])
def test_a_given_name_jieba_knows_as_another_word_stays_framed(text: str, name: str) -> None:
    from zhnews.extract._entity_places import _framed_people
    from zhnews.resources import default_resources

    assert name in [text[c.a:c.b] for c in _framed_people(text, default_resources())]


@pytest.mark.parametrize(("text", "name"), [
    # surnames that are common words (智, 来, 问) or rare ones (淦, 泮, 哥舒), between a title and a speech verb
    ("中心副主任来书亭说，中文域名增长较快。", "来书亭"),
    ("企业负责人泮石桥说，订单有所回升。", "泮石桥"),
    ("站长泮石桥说，水位仍在上涨。", "泮石桥"),
    ("研究所所长智明川表示，样机已经定型。", "智明川"),
    ("系主任淦景平說，招生規模維持不變。", "淦景平"),
])
def test_a_rare_or_word_like_surname_is_framed_by_a_title(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text", [
    "该局局长来自外地，他说要改。", "会长都这样说。", "主任成为了代表，他说要改。", "处长问题不大，他说。",
    "总裁来上海表示，将加大投资。", "該公司執行長來台灣表示，將擴大投資。", "主持人问李娜说，比赛如何。",
    "主任问清楚说，不能再拖。", "校长来美好说，这里很好。",
])
def test_a_word_like_surname_that_is_a_word_there_is_no_name(text: str) -> None:
    assert not any(t == "PERSON" and n[0] in "来來问留" for n, t in _found(text))


def test_a_given_name_may_end_with_he_before_a_speech_verb() -> None:
    # 和 is a word that follows names (王某和李某) and a character given names hold: no name cut before it
    assert ("笪景", "PERSON") not in _found("事务所律师笪景和表示，合同条款无效。")


@pytest.mark.parametrize(("text", "name"), [
    ("差餉物業估價署今日公布新一年度的應課差餉租值。", "差餉物業估價署"),
    ("教青局宣布，中小學下周一起恢復全日上課。", "教青局"),
    ("海事及水務局提醒市民，颱風期間切勿到海邊觀浪。", "海事及水務局"),
    ("大豐銀行與本地中小企簽署融資協議。", "大豐銀行"),
    ("香港律師會就條例草案提交了意見書。", "香港律師會"),
    # named bare, as Hong Kong's and Taiwan's news name them
    ("消防處呼籲市民切勿在後樓梯堆放雜物。", "消防處"),
    ("工人可向勞資審裁處申索欠薪。", "勞資審裁處"),
    ("監察院審計部在總決算審核報告中指出，多項計畫執行率偏低。", "監察院審計部"),
    ("金管會銀行局今天公布本國銀行逾放比。", "金管會銀行局"),
])
def test_hong_kong_and_macau_departments_and_bodies_are_organisations(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_known_body_then_its_officer_does_not_open_a_government_after_them() -> None:
    # a government's ending walked back over an officer and a verb to a body the lexicon knows
    found = _found("香港律師會副會長溫子朗建議特區政府加快修例。")
    assert ("香港律師會", "ORG") in found and ("特區政府", "ORG") in found
    assert not any(len(n) > 8 and t == "ORG" for n, t in found)


@pytest.mark.parametrize("text", ["新制上路後，各政策局須每年提交報告。", "会后，各专门委员会分别召开会议。",
                                  "中央補助款將依人口比例分配給各地方政府。"])
def test_a_kind_of_body_after_each_is_no_name(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    # every branch of one body a place or a name names stays that body
    ("市内各杭州银行网点均可办理退税。", "杭州银行"),
    ("各浙江大学附属医院将增设夜间门诊。", "浙江大学附属医院"),
])
def test_a_named_body_after_each_stays(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [("外长致函各独联体国家外长。", "独联体"),
                                             ("他会见了各联合国机构驻华代表。", "联合国")])
def test_a_known_name_after_each_stays(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["请开启银行短信通知功能。", "繳費後可開啟帳戶異動通知。",
                                  "商家推出了会员积分通知服务。"])
def test_a_notice_named_by_a_kind_or_a_term_is_no_policy(text: str) -> None:
    # a document in running text needs an issuer, a place or 关于: 银行 alone is a kind, 短讯 a term (jieba's nz)
    assert not any(t == "POLICY" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    # a company the lexicon knows issues the document, though jieba reads it as any term (nz)
    ("根据腾讯隐私保护政策，用户可随时撤回授权。", "腾讯隐私保护政策"),
])
def test_a_document_issued_by_a_known_company_is_a_policy(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize(("text", "law"), [
    # a law or a regulation cited bare after a citing word, in either script
    ("依食品安全衛生管理法規定，業者須登錄。", "食品安全衛生管理法"),
    ("根据慈善法，募捐须取得资格。", "慈善法"),
    ("違反個人資料保護法者，最高可罰百萬元。", "個人資料保護法"),
    ("依照物业管理条例，业主大会可以更换物业。", "物业管理条例"),
    # opening a clause, a word that follows laws after it
    ("主管机关表示，商标法修法后，审查期限将缩短。", "商标法"),
    ("環境部指出，水污染防治法部分條文修正草案已送審。", "水污染防治法"),
])
def test_a_law_cited_in_running_text_is_a_policy(text: str, law: str) -> None:
    assert (law, "POLICY") in _found(text)


def test_a_law_opening_the_text_before_a_word_that_follows_laws_is_a_policy() -> None:
    assert ("商标法", "POLICY") in _found("商标法修法后，审查期限将缩短。")


@pytest.mark.parametrize("text", [
    "警方依排除法锁定嫌犯，根据二分法逐段排查。",  # a method's name ending with 法
    "依照祖传秘法炮制，根据国际法和习惯法处理。",  # a method, and fields of law
    "他们用新方法检测，按照这种办法推广。",  # a law's ending inside a common word
    "根据有关条例办理，依照管理条例执行。",  # a kind of regulation, no name
    "他说商标法规定的期限太短。",  # a predicate before the name: no citing word, no clause start
    "违反交通法规的车辆将被处罚。",  # 法 inside 法规
])
def test_no_law_without_a_name_or_a_citation(text: str) -> None:
    assert not any(t == "POLICY" for _, t in _found(text))


@pytest.mark.parametrize("text", [
    "临江推行人才新政，吸引青年落户。", "美国总统特朗普推行新政，引发争议。", "臨江縣實施育兒新政，補助加倍。",
])
def test_a_verb_that_issues_a_policy_after_its_subject_is_no_part_of_its_name(text: str) -> None:
    assert not any(t == "POLICY" and any(v in n for v in ("推行", "推出", "實施")) for n, t in _found(text))


def test_a_policy_named_by_what_it_does_keeps_its_verb() -> None:
    assert ("临江限购新政", "POLICY") in _found("临江限购新政出台后，成交量回落。")


@pytest.mark.parametrize(("text", "name"), [
    ("市场监管总局发布《食品安全国家标准 陶瓷制品》征求意见稿。", "食品安全国家标准 陶瓷制品"),
    ("新修订的《电解铝单位产品能源消耗限额》明年实施。", "电解铝单位产品能源消耗限额"),
    ("新版《冷库设计基本要求》将引导各地规范建设。", "冷库设计基本要求"),
    ("農業部預告修正「動物用藥品使用準則」，明年上路。", "動物用藥品使用準則"),
    ("環境部公告「免洗餐具限制使用對象及實施方式」。", "免洗餐具限制使用對象及實施方式"),
    ("立委提案修正貨物稅法，調降電動車稅率。", "貨物稅法"),
    ("依托新修订的森林法，加快林区保护。", "森林法"),
])
def test_a_standard_or_a_rule_a_regulator_issues_is_a_policy(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize("text", [
    "新修订的《红楼梦》出版。", "他在网上发布「我爱你」三个字。", "他修改的方法很好。",
    "根据中国税法规定，企业须申报。", "根据现行税法规定缴税。", "按照美国税法，利润须纳税。",
    "网友发布“吐槽清单”引发热议。", "博主发布「避坑指南」获百万点赞。",
])
def test_a_revised_book_or_a_quoted_phrase_is_no_policy(text: str) -> None:
    assert not any(t == "POLICY" for _, t in _found(text))


def test_a_document_title_with_a_trailing_note_is_a_policy() -> None:
    found = _found("市人大常委会审议了《临江市数据要素市场管理条例（草案）》。")
    assert ("临江市数据要素市场管理条例（草案）", "POLICY") in found


@pytest.mark.parametrize(("text", "name"), [
    ("平台须遵守《网络直播营销活动管理规则》的要求。", "网络直播营销活动管理规则"),
    ("市数据局印发《公共数据授权运营工作指引》。", "公共数据授权运营工作指引"),
    ("根據《香港氫能發展路線圖》，當局將推動試點。", "香港氫能發展路線圖"),
    ("財政司司長發表《2027至28財政年度政府財政預算案》。", "2027至28財政年度政府財政預算案"),
    ("企业应按《企业数据资源相关会计处理准则》列报。", "企业数据资源相关会计处理准则"),
    ("列入《市场准入负面清单》的事项须经许可。", "市场准入负面清单"),
])
def test_rules_guidelines_roadmaps_and_lists_in_book_quotes_are_policies(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("这项工艺源自临江大学膜分离技术国家重点实验室，已在三地投产。", "临江大学膜分离技术国家重点实验室", "LAB"),
    ("新進教師須修習南嶺教學發展中心的線上課程。", "南嶺教學發展中心", "ORG"),
    ("两家企业依托青峰新材料研究院开展联合攻关。", "青峰新材料研究院", "ORG"),
])
def test_a_body_named_after_a_predicate_verb_starts_after_it(text: str, name: str, typ: str) -> None:
    found = _found(text)
    assert (name, typ) in found
    assert not any(n.endswith(name) and n != name for n, _ in found)


def test_a_plans_name_may_hold_a_predicate_verb() -> None:
    assert ("临江港扩建计划", "PROGRAMME") in _found("临江港扩建计划预计明年完成。")


@pytest.mark.parametrize(("text", "name"), [
    ("考察队在塔里木盆地北缘发现了新的油气层。", "塔里木盆地"),
    ("颱風將通過巴士海峽，恆春半島風雨明顯增強。", "恆春半島"),
    ("两国都希望进一步缓和朝鲜半岛的紧张局势。", "朝鲜半岛"),
])
def test_a_landform_named_by_one_proper_noun_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["沿海平原地区的降水明显偏多。", "两个盆地之间隔着一道山梁。"])
def test_a_landform_of_a_kind_is_no_place(text: str) -> None:
    assert not any(t == "PLACE" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("入驻临江青年创业孵化中心的团队已有四十个。", "临江青年创业孵化中心"),
    ("團隊曾進駐竹北新創基地，今年完成首輪募資。", "竹北新創基地"),
    ("商品经洋山港保税区入境后直达门店。", "洋山港保税区"),
    ("赣江VR科创城已集聚虚拟现实企业四百余家。", "赣江VR科创城"),
])
def test_incubators_startup_bases_and_bonded_zones_are_platforms(text: str, name: str) -> None:
    assert (name, "PLATFORM") in _found(text)


def test_an_incubator_of_a_kind_is_no_platform() -> None:
    assert not any(t == "PLATFORM" for _, t in _found("该校大学生创业基地入驻项目达60个。"))


@pytest.mark.parametrize(("text", "name"), [("大会公布了临江工业设计奖金奖名单。", "临江工业设计奖"),
                                             ("该项目获临江市科学技术进步奖一等奖。", "临江市科学技术进步奖")])
def test_an_awards_grade_after_it_is_no_part_of_its_name(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "AWARD") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


@pytest.mark.parametrize("name", [
    # a long field between the body that runs the lab and its ending: the name holds both
    "临江理工大学岩土灾害防治与地下空间保护国家重点实验室",
    "南嶺大學類比與混合訊號超大型積體電路國家重點實驗室",
    # the lab's body is itself a body's institute: the name reaches past the usual window
    "中国农业科学院临江畜牧研究所动物营养国家重点实验室",
])
def test_a_lab_named_by_its_body_and_a_long_field_is_one_name(name: str) -> None:
    assert (name, "LAB") in _found(f"{name}今日发布年度报告。")


def test_a_group_and_a_lab_joined_by_a_conjunction_are_two_names() -> None:
    found = _found("临江大学材料学院教授石秋岚团队与青峰实验室联合研发新型电池。")
    assert ("青峰实验室", "LAB") in found
    assert not any(n.endswith("青峰实验室") and n != "青峰实验室" for n, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    # a plan's or a project's word joined to a remit's set phrase: one body's remit, not a document and a body
    ("临江市规划和自然资源委员会公布了新规。", "临江市规划和自然资源委员会"),
    ("南嶺大學核子工程與科學研究所今天舉行成果發表會。", "南嶺大學核子工程與科學研究所"),
])
def test_a_remit_holding_a_plans_word_and_a_conjunction_is_one_body(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "ORG") in found
    assert not any(t in ("POLICY", "PROGRAMME") for _, t in found)


def test_a_programme_and_a_body_joined_by_a_conjunction_are_two_names() -> None:
    found = _found("该项目获浙江省重点研发计划和省科技厅共同资助。")
    assert ("浙江省重点研发计划", "PROGRAMME") in found
    assert ("省科技厅", "ORG") in found


def test_a_department_and_a_lab_joined_by_a_conjunction_are_two_names() -> None:
    found = _found("临江大学附属医院神经外科与医学神经生物学国家重点实验室开展合作。")
    assert not any("外科与" in n for n, _ in found)


@pytest.mark.parametrize("text", ["研究人员考察了滨海平原的风暴潮影响。", "这座城市位于山间盆地之中。"])
def test_a_landform_named_by_its_kind_is_no_place(text: str) -> None:
    assert not any(n.endswith(("平原", "盆地")) for n, _ in _found(text))


def test_a_companys_audit_department_is_no_body() -> None:
    assert not any(t == "ORG" for _, t in _found("该公司审计部在年度检查中发现问题。"))


@pytest.mark.parametrize("text", ["相信和依靠广大职工办企业，就能办好。", "拉美国家政府和企业在国际金融市场融资。"])
def test_a_set_phrase_before_a_verb_or_a_government_names_no_body(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("临江市博物馆推出了青铜器特展。", "临江市博物馆"),
    ("南嶺科學館同步推出天文觀測活動。", "南嶺科學館"),
    ("青峰美术馆与三家画廊签约。", "青峰美术馆"),
])
def test_museums_are_organisations_as_libraries_are(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("name", "typ"), [
    ("九一八历史博物馆", "ORG"),  # a body's ending of three characters: a museum the tagger read as a place
    ("台北宾馆", "PLACE"),  # 馆 ends places too: a one-character ending leaves the tagger's place
    ("临江大学图书馆", "PLACE"),  # a designation a proper noun must name: the tagger's place stays one
])
def test_the_taggers_place_ending_as_a_body_does_is_a_body(name: str, typ: str) -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _tagged_type
    from zhnews.resources import default_resources

    assert _tagged_type(name, 0, len(name), "LOC", _rules(default_resources()), segmenter()) == typ


@pytest.mark.parametrize(("text", "name"), [
    ("临江集团建设的青峰海上风电场已全容量并网。", "青峰海上风电场"),
    ("浙江临海核电站的2号机组获颁运行许可证。", "浙江临海核电站"),
])
def test_a_power_plant_named_by_a_proper_noun_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


def test_a_power_plant_of_a_kind_is_no_place() -> None:
    assert not any(t == "PLACE" for _, t in _found("该市今年新建三座电厂。"))


@pytest.mark.parametrize(("text", "name"), [
    # a year written right before the name opens it, as an ordinal does, whatever the words between
    ("公司在2025临江云谷大会上发布了新模型。", "临江云谷大会"),
    ("行长在2024青峰街论坛年会上表示，将择机降准。", "青峰街论坛年会"),
])
def test_an_event_after_a_bare_year_is_named_from_the_year(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)


def test_a_season_after_a_year_is_no_part_of_an_events_name() -> None:
    found = _found("2024赛季临江足球超级联赛今天收官。")
    assert ("临江足球超级联赛", "EVENT") in found
    assert not any(n.startswith("赛季") for n, _ in found)


@pytest.mark.parametrize("text", ["共有1900多家企业参加本次博览会。", "约2000人出席了开幕式和主论坛。",
                                  "该市投入2000万元举办文化节。", "全場2000名觀眾觀看了這場音樂會和電影節。"])
def test_a_count_is_no_year_opening_an_event(text: str) -> None:
    assert not any(t == "EVENT" and n[0] in "多人万名家" for n, t in _found(text))


def test_a_county_short_name_used_as_a_word_is_no_place() -> None:
    found = _found("今年全市外贸进出口额首次突破千亿元大关。")
    assert not any(t == "PLACE" and "大关" in text for text, t in found)


@pytest.mark.parametrize(("text", "place"), [("今年投訴以深水埗和油尖旺最多。", "油尖旺"),
                                              ("观塘和油尖旺的商铺空置率上升。", "油尖旺")])
def test_a_hong_kong_districts_short_name_jieba_lacks_is_a_place(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("新店選址中環，租約為期五年。", "中環"), ("該公司的廠房設於黃竹坑，員工約二百人。", "黃竹坑"),
    ("兩間分店分別位於黑沙環和祐漢。", "祐漢"), ("新屋苑位於九龍灣，鄰近觀塘。", "九龍灣"),
    ("这家酒楼开在跑马地，生意一直不错。", "跑马地"),
])
def test_hong_kong_and_macau_areas_below_the_district_are_places(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


def test_premises_of_a_kind_after_a_place_are_no_part_of_its_name() -> None:
    found = _found("今年一季度，北京甲级写字楼空置率升至两成，广州写字楼租金下跌。")
    assert ("北京", "PLACE") in found and ("广州", "PLACE") in found
    assert not any("写字楼" in n for n, _ in found)


@pytest.mark.parametrize(("text", "place"), [("上海外滩游人如织，节日气氛浓厚。", "上海外滩"),
                                              ("北京西站客流回升，春运进入高峰。", "北京西站")])
def test_a_place_named_after_a_known_place_stays_whole(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("漁護署將在石排灣郊野公園加設路牌。", "石排灣郊野公園"),
    ("货车沿川藏公路驶往拉萨。", "川藏公路"),
    ("車輛沿屯門公路駛往市區。", "屯門公路"),
])
def test_a_country_park_or_a_road_named_by_a_place_is_a_place(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["全省高速公路通车里程突破五千公里。", "这条国道公路年久失修。",
                                  "他用火炭烧烤，坑口处有积水。", "广东公路建设取得新进展。", "香港郊野公园游人如织。",
                                  "消防车及时上水后继续灭火。", "三个新口岸投入使用。"])
def test_a_kind_of_road_or_a_common_word_is_no_place(text: str) -> None:
    assert not any(t == "PLACE" and n not in ("广东", "香港") for n, t in _found(text))


def test_a_short_name_that_is_a_common_word_needs_the_tagger() -> None:
    # 离岛 (offshore, as in offshore duty-free) is also the short name of Hong Kong's Islands District
    assert ("离岛", "PLACE") not in _found("去年海南离岛免税购物金额增长两成。")


@pytest.mark.parametrize(("text", "name", "short", "type_", "uses"), [
    # a Chinese short form in brackets, its characters in the name in order, then used again
    ("臨江科技大學（臨科大）宣布，臨科大今年擴大招生。", "臨江科技大學", "臨科大", "ORG", 2),
    ("全国工商业联合会（全联）召开执委会议。", "全国工商业联合会", "全联", "ORG", 1),
    # a Latin short form, not where it runs on into a longer word
    ("世界气象组织（WMO）发布报告，WMO预计，WMOS系统升级。", "世界气象组织", "WMO", "ORG", 2),
    # a short form that ends as the name does
    ("临江国际茶叶交易会（茶交会）开幕，茶交会为期五天。", "临江国际茶叶交易会", "茶交会", "EVENT", 2),
    # a name in Latin letters beyond ASCII after the Chinese one: a company's, a person's
    ("挪威峡湾能源（Fjordkraft Ørn）宣布增资。", "挪威峡湾能源", "Fjordkraft Ørn", "ORG", 1),
    ("巴拉圭總統培尼亞（Santiago Peña）今天抵達。", "培尼亞", "Santiago Peña", "PERSON", 1),
])
def test_a_short_form_defined_in_brackets_is_the_same_entity(text: str, name: str, short: str, type_: str,
                                                             uses: int) -> None:
    found = [(e.text, e.type) for e in extract_entities(text)]
    assert (name, type_) in found
    assert found.count((short, type_)) == uses


@pytest.mark.parametrize(("text", "name"), [("据悉，星河电梯（中国）有限公司中标该项目。", "星河电梯（中国）有限公司"),
                                             ("鸿远物流（新加坡）有限公司宣布增资。", "鸿远物流（新加坡）有限公司")])
def test_a_country_in_brackets_inside_a_companys_name_keeps_it_whole(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_quoted_campaign_office_is_an_organisation() -> None:
    assert ("扫黑办", "ORG") in _found("他在“扫黑办”工作多年。")


@pytest.mark.parametrize("text", ["市民可通过“渝快办”小程序预约。", "两地推行“全城通办”服务。"])
def test_a_quoted_service_whose_ban_is_a_verb_is_no_body(text: str) -> None:
    # 办 ends offices' names (招商办), but here it is "to handle": 快办, 通|办
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("vt", "b", "end"), [("临江师范大学生命科学学院", 5, 6),  # 大|学生: jieba's 大学生
                                               ("某某材料研究院院长", 6, 7),
                                               ("临江师范大学附属医院", 6, 6),  # ends on its ending already
                                               ("北大学生会", 2, 2)])  # a short form: 北大|学生
def test_the_taggers_organisation_cut_inside_its_ending_goes_to_its_end(vt: str, b: int, end: int) -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _through_a_cut_ending
    from zhnews.resources import default_resources

    assert _through_a_cut_ending(vt, 0, b, _rules(default_resources())) == end


@pytest.mark.parametrize(("text", "word"), [
    ("星河数据科技有限公司（上市）发布公告，上市首日股价上涨。", "上市"),  # a bracket of other words
    # a short form that names a kind: an ending alone, a demonstrative or a level before an ending
    ("浙江星河数据科技股份有限公司（以下简称“公司”）公告称，公司股价上涨。", "公司"),
    ("临江市中级人民法院（以下简称“本院”）认为，本院依法受理。", "本院"),
    ("宁波市人民政府（市政府）要求，市政府各部门加强值守。", "市政府"),
])
def test_a_bracket_of_other_words_or_of_a_kind_defines_no_short_form(text: str, word: str) -> None:
    assert not any(n == word for n, _ in _found(text))


def test_places_written_together_are_one_place_with_parts() -> None:
    ents = [e for e in extract_entities("该企业在日本大阪设立了研发中心。") if e.type == "PLACE"]
    assert [e.text for e in ents] == ["日本大阪"]
    assert [p.text for p in ents[0].parts] == ["日本", "大阪"]


def test_a_body_ending_in_shu_is_an_organisation_but_bushu_is_a_verb() -> None:
    assert ("香港知识产权署", "ORG") in _found("香港知识产权署发布了年度报告。")
    assert not any(t == "ORG" for _, t in _found("会议部署了明年的重点工作。"))


@pytest.mark.parametrize("text, name, typ", [
    ("国务院总理在人民大会堂会见了来访的法国总统马克龙。", "马克龙", "PERSON"),
    ("张伟、李娜和王强三位代表在会上发言。", "李娜", "PERSON"),
    ("这家公司在新加坡和马来西亚都设有工厂。", "马来西亚", "PLACE"),
])
def test_the_tagger_finds_names_no_rule_knows(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


def test_the_rules_alone_run_without_the_tagger() -> None:
    rules_only = Resources(use_tagger=False)
    found = _found("張伟、李娜和王强三位代表在会上发言。", resources=rules_only)
    assert ("李娜", "PERSON") not in found  # a name in a list needs the tagger
    assert "tagger" not in rules_only.loaded()


def test_traditional_and_simplified_give_the_same_keys() -> None:
    trad = extract_entities("法國總統馬克龍在巴黎會見了德國總理，雙方討論了歐洲經濟。")
    simp = extract_entities("法国总统马克龙在巴黎会见了德国总理，双方讨论了欧洲经济。")
    assert sorted((e.canonical, e.type) for e in trad) == sorted((e.canonical, e.type) for e in simp)
    text = "法國總統馬克龍在巴黎會見了德國總理，雙方討論了歐洲經濟。"
    assert all(text[e.start:e.end] == e.text for e in trad)


def test_resources_are_loaded_once_and_reset() -> None:
    res = Resources()
    extract_entities("杭州市余杭区", resources=res)
    loaded = res.loaded()
    assert {"entity rules", "gazetteer", "tagger"} <= set(loaded)
    res.reset()
    assert res.loaded() == []
    assert pickle.loads(pickle.dumps(res)).loaded() == []  # workers load their own


def test_a_user_lexicon_builds_its_matcher_once() -> None:
    lex = zhnews.load_lexicon([("青松湖实验室", "LAB")])
    extract_entities("青松湖实验室发布成果。", lexicon=lex)
    matcher = lex._matcher
    assert matcher is not None
    extract_entities("青松湖实验室再次发布成果。", lexicon=lex)
    assert lex._matcher is matcher


@pytest.mark.parametrize("text", ["國家太空研究院啟用月球探測發展計畫。", "南湖研究院公布海洋牧场建设计划。"])
def test_a_name_does_not_reach_across_the_verb_after_another_name(text: str) -> None:
    found = _found(text)
    assert any(t == "ORG" and name.endswith("研究院") for name, t in found)
    assert not any("研究院" in name and t == "PROGRAMME" for name, t in found)


def test_a_known_name_opens_a_companys_full_name() -> None:
    found = _found("据悉，比亚迪汽车工业有限公司今年再次扩产。")
    assert ("比亚迪汽车工业有限公司", "ORG") in found


def test_an_ending_inside_a_longer_word_is_no_name() -> None:
    assert not any(t == "AWARD" and len(name) <= 2 for name, t in _found("年度颁奖典礼将于下月举行。"))


@pytest.mark.parametrize("text", ["近期外资银行纷纷入场。", "他们新设了一家子公司。", "四大国有银行均已下调利率。"])
def test_a_company_ending_after_common_words_is_no_name(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


def test_a_company_opened_by_a_brand_is_a_name() -> None:
    assert ("宁德时代新能源科技股份有限公司", "ORG") in _found("宁德时代新能源科技股份有限公司发布年报。")


@pytest.mark.parametrize(("text", "name"), [
    ("原国家海洋局副局长来到现场。", "国家海洋局"),
    ("目前江苏省统计局尚未公布全年数据。", "江苏省统计局"),
    ("昨天深圳市交通运输局发布通告。", "深圳市交通运输局"),
])
def test_a_name_starts_after_former_and_time_words(text: str, name: str) -> None:
    # the rules alone: with the tagger on, its reading of the start hides a rule that walks too far
    found = [(e.text, e.type) for e in extract_entities(text, resources=Resources(use_tagger=False))]
    assert (name, "ORG") in found


def test_a_notice_issued_by_a_body_is_no_document_title() -> None:
    found = _found("近日杭州市科学技术局印发通知，部署年度工作。")
    assert ("杭州市科学技术局", "ORG") in found
    assert not any(t == "POLICY" for _, t in found)


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("南湖大学光电材料研究中心今日揭牌。", "南湖大学光电材料研究中心", "LAB"),
    ("该集团中央研发中心落户青松湖畔。", None, "ORG"),  # a development centre: ORG (BLIND18 #12)
    ("省政府发展研究中心发布年度报告。", "省政府发展研究中心", "ORG"),
    ("市委政策研究中心召开座谈会。", None, "ORG"),
    # a national institution named by 中国 and its field, no body running it; a lab of the academy stays a lab
    ("中国冰川研究中心发布年度考察报告。", "中国冰川研究中心", "ORG"),
    ("中国科学院冰川研究中心发布年度考察报告。", "中国科学院冰川研究中心", "LAB"),
    ("中国临江电子集团公司量子信息研究中心发布成果。", "中国临江电子集团公司量子信息研究中心", "LAB"),
    ("南嶺大學博彩及旅遊業研究中心發表報告。", "南嶺大學博彩及旅遊業研究中心", "ORG"),
    # computing centres are bodies that sell computing, no labs
    ("临江超级计算中心向中小企业开放算力。", "临江超级计算中心", "ORG"),
    ("臨江人工智能超算中心已有九成算力獲分配。", "臨江人工智能超算中心", "ORG"),
])
def test_a_research_centre_is_a_lab_unless_a_think_tank(text: str, name: str | None, typ: str) -> None:
    found = _found(text)
    centres = [(n, t) for n, t in found if n.endswith("中心")]
    assert centres and all(t == typ for _, t in centres)
    if name is not None:
        assert (name, typ) in found


def test_two_events_sharing_an_ordinal_are_two_names() -> None:
    found = _found("第三届南湖科技博览会和江北数字峰会在湖州召开。")
    assert ("南湖科技博览会", "EVENT") in found
    assert not any("和" in n for n, _ in found)


def test_an_event_joining_two_topics_keeps_them_in_its_name() -> None:
    found = _found("本周，江南数字经济和工业软件博览会在无锡举行。")
    assert ("江南数字经济和工业软件博览会", "EVENT") in found


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("主办方宣布Smart Expo智慧城市博览会下月开幕。", "Smart Expo智慧城市博览会", "EVENT"),
    ("科技厅启动Made in Zhejiang示范计划。", "Made in Zhejiang示范计划", "PROGRAMME"),
])
def test_a_names_latin_words_keep_their_spaces(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


@pytest.mark.parametrize("text", ["德州多家半導體公司擔憂原料成本上升，英特爾也發表聲明。",
                                  "加州多家生技公司擔憂藥價政策，輝瑞也發表聲明。"])
def test_a_count_of_bodies_is_no_organisations_name(text: str) -> None:
    # the tagger reads these as one organisation; a count (多家, 三家) makes them a phrase
    found = _found(text)
    assert not any("家" in n for n, _ in found)
    assert any(t == "PLACE" for _, t in found)


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Internet of Things Expo博览会开幕。", "net of", ("Internet of Things Expo博览会", "EVENT")),
    ("五家渠是新疆的城市。", None, ("五家渠", "PLACE")),
    ("我们邀请专家和学者论坛发言。", "邀请", None),
    ("该市逐步完善政务服务中心。", "逐步", None),
    ("上海高性能计算服务研发中心成立。", None, ("上海高性能计算服务研发中心", "ORG")),
])
def test_the_kinds_added_do_not_reach_too_far(text: str, absent: str | None, present: tuple[str, str] | None) -> None:
    # a name's Latin words start at a word; a count in a place's name stays; a conjunction before an event's
    # ending does not pull a verb phrase in; an adverb is no part of a name; 服务 is no think tank's word
    found = _found(text)
    if absent is not None:
        assert not any(n.startswith(absent) for n, _ in found)
    if present is not None:
        assert present in found


@pytest.mark.parametrize(("text", "name"), [
    ("报道称，关键在于日本政府能否兑现承诺。", "日本政府"),
    ("清代英国政府曾派出使团。", "英国政府"),
    ("杭州市人民政府印发了实施意见。", "杭州市人民政府"),
])
def test_a_government_is_named_by_its_place(text: str, name: str) -> None:
    # the words before the place (关键在于, 清代) are no part of the government's name
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["各地严格督促地方政府落实责任。", "去年福特政府宣布了新的关税。",
                                  "１９９７年度政府预测的增长率偏高。"])
def test_a_government_with_no_place_is_no_name(text: str) -> None:
    # a description (地方政府), a year (年度政府) or a leader (福特政府): the leader is the tagger's to give
    assert not any(n.endswith("政府") for n, _ in _found(text))


@pytest.mark.parametrize("text", ["学校为学生办了一张借书卡。", "他把这件事办得很漂亮。"])
def test_a_one_character_ending_with_a_particle_is_a_verb(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("本报讯绍兴市中心医院开设了夜间门诊。", "绍兴市中心医院", "绍兴市中心"),
    ("游客在开罗市中心拍照留念。", None, "开罗市中心"),
])
def test_an_ending_before_another_or_inside_a_common_noun_ends_no_name(text: str, name: str | None,
                                                                       absent: str) -> None:
    # 中心医院: the name goes on to the hospital; 市中心 is a city's centre; 本报讯 is a dateline
    found = _found(text)
    assert (absent, "ORG") not in found
    assert not any(n.startswith("本报") for n, _ in found)
    if name is not None:
        assert (name, "ORG") in found


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("中叙两国外长在大马士革举行会谈。", "叙", "PLACE"),
    ("中卢两国签署了合作协议。", "卢", "PLACE"),
    ("杜氏的主张在学界引起了争论。", "杜", "PERSON"),
])
def test_one_character_names_of_more_kinds(text: str, name: str, typ: str) -> None:
    # a country's one-character abbreviation beside 中; a surname with 氏, 某, 老 (the tagger read them)
    found = {(e.text, e.type) for e in extract_entities(text)}
    parts = {(p.text, p.type) for e in extract_entities(text) for p in e.parts}
    assert (name, typ) in found | parts


def test_a_known_word_inside_a_dotted_name_is_no_name_of_its_own() -> None:
    # 约旦 is a country (in the lexicon, and the tagger reads a place), but here it is one part of a person's name
    assert ("约旦", "PLACE") not in _found("这本书的作者是约旦·皮特森。")


@pytest.mark.parametrize(("text", "name"), [
    ("主持人海尔·塞拉西，宣布开幕。", "海尔·塞拉西"),
])
def test_a_clause_mark_at_a_tagged_names_edge_is_cut_off(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_no_name_starts_or_ends_inside_a_latin_word() -> None:
    text = "他看好BentleyMotors与RollsRoyceHoldings的合作，NetPresentValue公司也参与了。"
    for e in extract_entities(text):
        assert not (e.start > 0 and text[e.start - 1:e.start + 1].isascii() and text[e.start - 1:e.start + 1].isalnum())
        assert not (e.end < len(text) and text[e.end - 1:e.end + 1].isascii() and text[e.end - 1:e.end + 1].isalnum())


@pytest.mark.parametrize(("text", "name"), [
    ("书画展下月在宁波展览馆开幕。", "宁波展览馆"),
    ("年会在厦门国际会议中心举行。", "厦门国际会议中心"),
    ("決賽在臺南市立體育館舉行。", "臺南市立體育館"),
])
def test_a_venue_is_a_place(text: str, name: str) -> None:
    # halls, conference and exhibition centres are places (as the public NER corpora tag them); museums are
    # bodies (test_museums_are_organisations_as_libraries_are)
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("入汛以来密云水库蓄水量持续增加。", "密云水库"),
    ("曾文水庫今日蓄水率回升至六成。", "曾文水庫"),
    ("向家坝水电站全年发电量再创新高。", "向家坝水电站"),
])
def test_a_reservoir_a_hydropower_station_or_a_mine_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("浙江省退役军人事务厅今天发布通知。", "浙江省退役军人事务厅"),
    ("广西壮族自治区退役军人事务厅召开座谈会。", "广西壮族自治区退役军人事务厅"),
])
def test_a_set_phrase_naming_a_bodys_remit_stays_in_its_name(text: str, name: str) -> None:
    # jieba reads 退役军人 as a set phrase (flag l), which no other name holds
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("前一段时间应急管理局组织了演练。", "应急管理局"),
    ("借此机会市场监督管理局开展宣传。", "市场监督管理局"),
])
def test_a_time_phrase_before_a_body_is_not_its_name(text: str, name: str) -> None:
    assert not any(n.endswith(name) and n != name for n, _t in _found(text))


@pytest.mark.parametrize("text", [
    "不少家長計劃暑假帶孩子出國旅行。",
    "当局计划明年在北区增建两所学校。",
    "美国当局计划对进口钢材加征关税。",
    "香港市民計劃假日行山。",
])
def test_plan_as_a_verb_after_the_public_or_the_authorities_names_no_programme(text: str) -> None:
    assert not any(t == "PROGRAMME" for _n, t in _found(text))


def test_a_predicate_before_a_programme_is_not_its_name() -> None:
    found = _found("省政府部署天然林保护工程二期建设。")
    assert not any(n.startswith("部署") for n, _t in found)


@pytest.mark.parametrize(("head_rule", "chained"), [("gazetteer", True), ("tagger", False)])
def test_a_town_the_tagger_reads_after_a_known_city_is_a_chain(head_rule: str, chained: bool) -> None:
    # the tagger's 南平市峡阳镇 holding the gazetteer's 南平市 is a chain of the city and the town; a head the
    # tagger guessed itself (广州|亚运村) is no evidence
    from zhnews.extract._entity_data import _Cand
    from zhnews.extract.entities import _tagged_chains
    from zhnews.resources import default_resources

    vt = "南平市峡阳镇举办茶文化节。"
    span = _Cand(0, 6, "PLACE", "tagger", 0.8, 2.5, parts=[_Cand(0, 3, "PLACE", head_rule, 0.9, 3)])
    [out] = _tagged_chains([span], vt, default_resources())
    assert (out.rule == "place chain") is chained
    if chained:
        assert [(vt[p.a:p.b], p.type) for p in out.parts] == [("南平市", "PLACE"), ("峡阳镇", "PLACE")]


def _tagged_chain(vt: str, a: int, b: int, head: tuple[int, int, str] | None) -> list[tuple[str, str]] | None:
    """The parts ``_tagged_chains`` gives the tagger's place vt[a:b] (holding ``head``, a part found by a rule), or
    None where it stays one place; the candidates are built here, so the answer does not hang on the model."""
    from zhnews.extract._entity_data import _Cand
    from zhnews.extract.entities import _tagged_chains
    from zhnews.resources import default_resources

    parts = [_Cand(head[0], head[1], "PLACE", head[2], 0.9, 3)] if head else []
    [out] = _tagged_chains([_Cand(a, b, "PLACE", "tagger", 0.8, 2.5, parts=parts)], vt, default_resources())
    return [(vt[p.a:p.b], p.type) for p in out.parts] if out.rule == "place chain" else None


@pytest.mark.parametrize(("vt", "b", "head", "parts"), [
    # a known place, then a county or a state the tagger read into it
    ("湖北竹山县发生山洪。", 5, (0, 2, "gazetteer"), ["湖北", "竹山县"]),
    ("澳大利亚维多利亚州发生山火。", 9, (0, 4, "built-in lexicon"), ["澳大利亚", "维多利亚州"]),
    # a word of position between them is neither's
    ("智利北部阿塔卡马省发生地震。", 9, (0, 2, "built-in lexicon"), ["智利", "阿塔卡马省"]),
    # two divisions no rule knows, each with its ending
    ("石门乡龙口村今年通了公路。", 6, None, ["石门乡", "龙口村"]),
    ("北山街道龙井村今年通了公路。", 7, None, ["北山街道", "龙井村"]),
    ("甘孜藏族自治州稻城县发生地震。", 10, None, ["甘孜藏族自治州", "稻城县"]),
])
def test_a_place_the_tagger_reads_over_two_divisions_is_a_chain(vt: str, b: int, head: tuple[int, int, str] | None,
                                                               parts: list[str]) -> None:
    assert _tagged_chain(vt, 0, b, head) == [(p, "PLACE") for p in parts]


def test_a_place_the_tagger_reads_over_two_known_divisions_is_their_chain() -> None:
    from zhnews.extract._entity_data import _Cand
    from zhnews.extract.entities import _tagged_chains
    from zhnews.resources import default_resources

    vt = "阿坝藏族羌族自治州理县发生山洪。"
    parts = [_Cand(0, 9, "PLACE", "gazetteer", 0.9, 3), _Cand(9, 11, "PLACE", "gazetteer", 0.9, 3),
             _Cand(0, 2, "PLACE", "gazetteer short name", 0.9, 3)]
    [out] = _tagged_chains([_Cand(0, 11, "PLACE", "tagger", 0.8, 2.5, parts=parts)], vt, default_resources())
    assert out.rule == "place chain" and [vt[p.a:p.b] for p in out.parts] == ["阿坝藏族羌族自治州", "理县"]


def test_a_short_name_inside_the_taggers_place_parts_nothing() -> None:
    # 商城 is also a county's short name: 偃师商城 (a site) is no chain of 偃师 and 商城
    from zhnews.extract._entity_data import _Cand
    from zhnews.extract.entities import _tagged_chains
    from zhnews.resources import default_resources

    vt = "考古队在偃师商城遗址发掘。"
    parts = [_Cand(4, 6, "PLACE", "gazetteer", 0.9, 3), _Cand(6, 8, "PLACE", "gazetteer short name", 0.9, 3)]
    [out] = _tagged_chains([_Cand(4, 8, "PLACE", "tagger", 0.8, 2.5, parts=parts)], vt, default_resources())
    assert out.rule == "tagger"


@pytest.mark.parametrize(("name", "counted"), [("某区一名交警中队", True), ("两位专家组", True),
                                              ("某区交警一中队", False)])
def test_a_count_of_people_in_a_taggers_organisation_makes_it_a_phrase(name: str, counted: bool) -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _counts_bodies
    from zhnews.resources import default_resources

    assert _counts_bodies(name, _rules(default_resources())) is counted


@pytest.mark.parametrize(("vt", "k", "b", "end"), [
    ("葡萄牙新建电池工厂", 3, 9, 3),  # a predicate's verb after the known place: the name is the place
    ("某某铁路公司商讨延线方案", 6, 12, 6),
    ("中国联合网络通信集团", 2, 10, 10),  # 联合 opens no predicate here: the span stays
    ("联发科、华邦电营运均见起色", 7, 8, 7),  # one character of the word after the name (营运)
    ("巴西队员匆匆离场", 2, 3, 3),  # a team and 员 after it: 巴西队 stays
])
def test_the_taggers_name_ends_before_a_predicate_after_a_known_name(vt: str, k: int, b: int, end: int) -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _end_of_known_name
    from zhnews.extract._words import segmenter
    from zhnews.resources import default_resources

    res = default_resources()
    assert _end_of_known_name(vt, k, b, segmenter(res), _rules(res)) == end


def test_the_taggers_start_inside_a_word_does_not_move_a_names_start() -> None:
    # the ending rule found 东方航空公司; the tagger's 方航空公司 starts inside 东方
    from zhnews.extract._entity_data import _Cand, _rules
    from zhnews.extract._entity_tagged import _starts_from_tagger
    from zhnews.extract._words import segmenter
    from zhnews.resources import default_resources

    res = default_resources()
    vt = "据悉东方航空公司将增开航线。"
    ruled = _Cand(2, 8, "ORG", "suffix 公司", 0.8, 3)
    _starts_from_tagger([ruled, _Cand(3, 8, "ORG", "tagger", 0.8, 2.5)], vt, _rules(res), segmenter(res))
    assert ruled.a == 2


@pytest.mark.parametrize(("vt", "b", "head"), [
    ("香港特区今天宣布。", 4, (0, 2, "built-in lexicon")),  # a kind of area, no division's name
    ("东乡族自治县今年丰收。", 6, None),  # 东乡 is too short to be a division of its own
    ("景德镇市举办瓷博会。", 4, None),
])
def test_a_place_with_a_division_ending_inside_its_name_stays_whole(vt: str, b: int,
                                                                    head: tuple[int, int, str] | None) -> None:
    assert _tagged_chain(vt, 0, b, head) is None


@pytest.mark.parametrize("text", [
    "该县将对两座小型水库和一座村办煤矿开展除险加固。",
    "全省大中型水库蓄水正常。",
    "澳洲铁矿发货量下降，巴西铁矿价格上涨。",  # the ore traded, no mine
])
def test_a_works_named_by_its_kind_alone_is_no_name(text: str) -> None:
    # a works is a place when a place or a proper noun names it (密云水库), not by its kind
    assert not any(n.endswith(("水库", "煤矿", "铁矿")) for n, _t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("讲座由江西省图书馆和南昌市图书馆共同主办。", "江西省图书馆"),
    ("讲座由江西省图书馆和南昌市图书馆共同主办。", "南昌市图书馆"),
    ("高雄市立圖書館今日宣布延長開放時間。", "高雄市立圖書館"),  # jieba cuts 高雄市|立|圖書館
    ("桃園市立美術館與嘉義縣立圖書館合辦特展。", "嘉義縣立圖書館"),
    ("国家图书馆今年新增数字资源。", "国家图书馆"),
])
def test_a_library_is_a_body(text: str, name: str) -> None:
    # a library has a 馆长 and staff and lends, buys and catalogues: a body, where a museum's hall is a venue
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["村里建起了一座乡村图书馆。", "他在大学图书馆工作多年，常去电子图书馆查资料。"])
def test_a_kind_of_library_is_no_name(text: str) -> None:
    assert not any(n.endswith("图书馆") for n, _t in _found(text))


@pytest.mark.parametrize("text, name", [("嘉义科学园区今年动工。", "嘉义科学园区"),
                                        ("嘉義科學園區今年動工。", "嘉義科學園區")])
def test_an_ending_that_does_not_close_a_word_yields_to_a_later_one(text: str, name: str) -> None:
    # 科学园 is an ending, but here it sits inside the word 科学园区, whose ending 园区 names the park
    assert (name, "PLATFORM") in _found(text)


@pytest.mark.parametrize(("text", "name", "part"), [
    ("工业和信息化部办公厅日前印发了指导意见。", "工业和信息化部办公厅", "工业和信息化部"),
    ("国家能源局电力司的负责人作了说明。", "国家能源局电力司", "国家能源局"),
    ("經濟部工業局今天公布新措施。", "經濟部工業局", "經濟部"),
    # a regional office: the body, the region it serves and its kind (新 of 新北市 is an adjective alone)
    ("法務部調查局新北市調查處今日上午搜索多處。", "法務部調查局新北市調查處", "新北市"),
    # a hospital's department
    ("省人民医院心血管内科副主任医师介绍。", "省人民医院心血管内科", "省人民医院"),
    ("成功大學醫學院附設醫院神經外科今日表示。", "成功大學醫學院附設醫院神經外科", "成功大學醫學院附設醫院"),
    # a zone and an office that runs it
    ("西咸新区经济发展局今天发布政策。", "西咸新区经济发展局", "西咸新区"),
])
def test_a_body_and_its_department_are_one_name(text: str, name: str, part: str) -> None:
    ents = {e.text: e for e in extract_entities(text)}
    assert name in ents and ents[name].type == "ORG"
    assert part in {p.text for p in ents[name].parts}


@pytest.mark.parametrize(("text", "absent"), [
    ("教育部与财政部办公厅联合印发通知。", "教育部与"),
    ("国家统计局处长在会上作了说明。", "国家统计局处"),
    ("外交部部署了下一步工作。", "外交部部署"),
    ("华为公司关系网很广。", "华为公司关系"),
    ("商务部相关司局负责人答记者问。", "商务部相关"),
    ("科技部有关司局负责同志介绍情况。", "科技部有关"),
    # a verb that ends with a department's character (查处, 惩处): jieba reads 立案查处 as one rare word
    ("南阳市市场监督管理局立案查处了这批过期食品。", "南阳市市场监督管理局立案"),
])
def test_no_department_across_a_conjunction_a_title_or_a_common_word(text: str, absent: str) -> None:
    assert not any(n.startswith(absent) for n, _ in _found(text))


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("第七届进博会今天在上海开幕。", "进博会", "EVENT"),
    ("廣交會吸引了大批海外採購商。", "廣交會", "EVENT"),
    ("中国队正在备战杭州亚运会。", "杭州亚运会", "EVENT"),
    ("選手們正為下屆亞運會積極備戰。", "亞運會", "EVENT"),  # the games named bare, no host before them
    ("冬奥会期间交通管制措施公布。", "冬奥会", "EVENT"),
    ("北京冬残奥会今天圆满闭幕。", "北京冬残奥会", "EVENT"),  # a host before the games: one name
    ("国乒出征世界乒乓球锦标赛。", "世界乒乓球锦标赛", "EVENT"),
    ("中国电视飞天奖颁奖典礼在杭州举行。", "中国电视飞天奖", "AWARD"),
    ("金鐘獎頒獎典禮今晚舉行。", "金鐘獎", "AWARD"),
])
def test_events_by_short_names_and_endings_and_awards_before_their_ceremony(text: str, name: str, typ: str) -> None:
    # a fair known by its short name; games and championships by their endings, not reaching over the verb
    # of taking part (出征, 备战); an award ends before 颁奖, which gives it
    assert (name, typ) in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("中国-中亚峰会明年在西安举行。", "中国-中亚峰会"),
    ("本届中国—阿拉伯国家博览会签约项目逾百个。", "中国—阿拉伯国家博览会"),
    ("中國—東北亞博覽會今日在長春開幕。", "中國—東北亞博覽會"),
])
def test_two_parties_joined_by_a_dash_open_an_events_name(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)


@pytest.mark.parametrize("text", [
    "深圳—华为公司今天宣布新品。",  # a dateline's place before a company
    "（中央社記者台北電）台北-國立臺灣大學今日宣布新校長人選。",
    "比赛结果：日本-韩国足球协会表示不满。",
    "北京—全球数字经济大会今天开幕。",  # no second party: 全球 is no place
])
def test_a_place_and_a_dash_before_a_name_without_two_parties_stay_apart(text: str) -> None:
    assert not any(("—" in n or "-" in n) for n, _ in _found(text))


def test_a_body_named_after_an_event_holds_it() -> None:
    # the tagger's organisation goes on after the event's name: one body
    found = _found("法国世界杯组委会官员在巴黎宣布了售票结果。")
    assert ("法国世界杯组委会", "ORG") in found and not any(t == "EVENT" for _, t in found)


def test_a_known_body_then_a_title_and_a_person_does_not_open_the_next_body() -> None:
    # jieba reads 仁和 as one word here, hiding the conjunction; the tagger reads two bodies and a person
    found = _found("该课题由中国科学院院士周仁和北京大学教授共同主持。")
    assert ("中国科学院", "ORG") in found and ("北京大学", "ORG") in found
    assert not any(n.startswith("中国科学院院士") for n, _ in found)


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("这家企业在宁波科学园设有创新中心。", "创新中心", ("宁波科学园", "PLATFORM")),
    ("杭州城西科创大走廊内未来科技城正在扩建。", "大走廊内", ("未来科技城", "PLATFORM")),
])
def test_a_name_stops_at_a_locative_and_at_the_verb_after_a_name_jieba_cut(text: str, absent: str,
                                                                           present: tuple[str, str]) -> None:
    # 科学|园 设有: the name before the verb ends with an ending though jieba cut it; 内 (inside) ends a name
    found = _found(text)
    assert not any(absent in n for n, _ in found)
    assert present in found


def test_a_known_body_with_its_legal_form_is_one_name() -> None:
    # a known name holding a conjunction (发展和改革), which the ending rule's walk does not cross
    ents = {e.text: e for e in extract_entities("国家发展和改革委员会办公厅发布了通知。")}
    assert "国家发展和改革委员会办公厅" in ents and ents["国家发展和改革委员会办公厅"].type == "ORG"


def test_a_name_never_opens_with_a_company_ending() -> None:
    assert not any(n.startswith("有限公司") for n, _ in _found("某某贸易（深圳）有限公司广州分公司正式开业。"))


@pytest.mark.parametrize("text, name", [("集团董事长黄俊家表示，明年将扩产。", "黄俊家"),
                                        ("集團董事長羅偉家表示，明年將擴產。", "羅偉家")])
def test_a_three_character_name_between_a_title_and_a_speech_verb_is_whole(text: str, name: str) -> None:
    # the tagger reads 家 as no part of a name (专家, 国家); the title before and the speech verb after say it is
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("集团董事长王伟兼总经理出席了签约仪式。", ("王伟", "PERSON"), "王伟兼"),
    ("市长李强今表示欢迎各方投资。", ("李强", "PERSON"), "李强今"),
    ("市公安局过去一年共破获案件三百起。", ("市公安局", "ORG"), None),
    ("该市财政局得到了省里的专项拨款。", ("财政局", "ORG"), None),
    ("2024中国·杭州电子商务博览会开幕。", ("中国", "PLACE"), None),
    ("华讯方舟科技有限公司发布了新品。", ("华讯方舟科技有限公司", "ORG"), None),
    ("学校运动会也如期举行。", None, "学校运动会"),
])
def test_the_kinds_added_in_session_6_do_not_fire_on_ordinary_text(text: str, present: tuple[str, str] | None,
                                                                   absent: str | None) -> None:
    # a function word after a name (兼, 今), a particle that opens a word (过去, 得到), two places joined by a
    # dot, 讯 inside a company's name, a school's sports day: none of them is what the new rules look for
    found = _found(text)
    if present is not None:
        assert present in found
    if absent is not None:
        assert not any(absent in n for n, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    ("臺南市智慧農業發展計畫2.0正式上路。", "臺南市智慧農業發展計畫2.0"),
    ("该计划2.0亿元资金已经到位。", None),
])
def test_a_plans_version_is_part_of_its_name(text: str, name: str | None) -> None:
    # a version after a plan's name (2.0) belongs to it; an amount after the word 计划 does not
    found = _found(text)
    assert not any(n.endswith(("亿", "2.0亿")) for n, _ in found)
    if name is not None:
        assert (name, "PROGRAMME") in found


@pytest.mark.parametrize(("text", "names"), [
    ("輝達與美光的新產品吸引大批買家。", {"輝達", "美光"}),
    ("台泥與亞泥昨日同步公布財報。", {"台泥", "亞泥"}),
    ("聯詠和信驊的股價今天都走高。", {"聯詠", "信驊"}),
    ("赣锋锂业与天齐锂业均发布了业绩预告。", {"赣锋锂业", "天齐锂业"}),
    ("北方华创和中微公司订单饱满。", {"北方华创", "中微公司"}),
    ("九巴與城巴下月起加價。", {"九巴", "城巴"}),
    ("積金局和旅發局今日公布新措施。", {"積金局", "旅發局"}),
    ("深度求索和月之暗面都发布了新模型。", {"深度求索", "月之暗面"}),
])
def test_companies_named_bare_in_either_press(text: str, names: set[str]) -> None:
    assert names <= {n for n, t in _found(text) if t == "ORG"}


@pytest.mark.parametrize(("text", "name"), [
    ("腾讯控股昨日公布第三季度业绩。", "腾讯控股"),
    ("國泰金控今日宣布通過增資案。", "國泰金控"),
    ("中电控股今日公布全年业绩。", "中电控股"),
])
def test_a_known_company_with_a_word_only_companies_end_with_is_its_longer_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("宁德时代控股股东拟减持部分股份。", "宁德时代", "宁德时代控股"),  # 控股股东: the controlling shareholder
    ("國泰金控股價今天上漲。", "國泰金控", "國泰金控股"),  # a longer known name ends inside 控股
    ("华为汽车业务持续亏损。", "华为", "华为汽车"),  # a trade's word, no part of the name
])
def test_a_company_word_that_is_no_part_of_the_name_is_left_out(text: str, name: str, absent: str) -> None:
    found = {n for n, t in _found(text) if t == "ORG"}
    assert name in found and absent not in found


@pytest.mark.parametrize(("text", "name"), [
    ("林保署呼籲登山客注意安全。", "林保署"),
    ("資安署今日發布資安預警。", "資安署"),
    ("防檢署加強邊境查驗。", "防檢署"),
    ("健保署宣布調整給付。", "健保署"),
])
def test_taiwans_agencies_and_their_short_forms(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("库卡机器人（上海）有限公司今天宣布扩产。", "库卡机器人（上海）有限公司"),
    ("该项目由华为技术（深圳）有限公司承建。", "华为技术（深圳）有限公司"),
])
def test_a_company_names_its_place_in_brackets(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("中关村软件园新入驻企业三十家。", "中关村软件园"),
    ("沙田創新園今年將擴建。", "沙田創新園"),
    ("大埔工業邨的食品廠房已投產。", "大埔工業邨"),
    ("临港新片区发布人才新政。", "临港新片区"),
])
def test_parks_and_new_areas_are_platforms(text: str, name: str) -> None:
    assert (name, "PLATFORM") in _found(text)


@pytest.mark.parametrize("text", ["学校为学生建了大学生创业园。", "全市已建成留学人员创业园五家。",
                                  "多所高校设立了青年创业园。", "跨境电商物流园项目今天开工。", "現有工業邨將活化。"])
def test_a_park_many_places_build_is_no_name(text: str) -> None:
    assert not any(t == "PLATFORM" for _, t in _found(text))


def test_a_contest_for_students_keeps_its_name() -> None:
    assert ("中国国际大学生创新大赛", "EVENT") in _found("中国国际大学生创新大赛总决赛举行。")


def test_a_company_name_inside_a_longer_word_is_no_name() -> None:
    assert not any(n == "高通" for n, _ in _found("实验室实现了高通量测序。"))
    assert _found("他家新买了一台电视机。") == set()  # 台电 (台電, Taipower) across 一台|电视机


def test_a_long_run_of_endings_is_answered() -> None:
    # each ending looks one ending ahead, no further: a run of thousands of them is no deep recursion
    assert isinstance(extract_entities("科技局中心" * 3000), list)


@pytest.mark.parametrize(("text", "place", "person"), [
    ("東京都知事小池百合子宣布新措施。", "東京都", "小池百合子"),
    ("静冈县知事铃木康友出席了开幕式。", "静冈县", "铃木康友"),
    ("日本外务大臣岩屋毅访问北京。", "日本", "岩屋毅"),
    ("兵库县知事斋藤元彦出席了仪式。", "兵库县", "斋藤元彦"),
])
def test_a_title_between_a_place_and_a_person_parts_them(text: str, place: str, person: str) -> None:
    found = _found(text)
    assert (person, "PERSON") in found
    assert (place, "PLACE") in found
    assert not any(person in name and name != person for name, _ in found)


@pytest.mark.parametrize("text", ["市长热线今天正式开通。", "长治市长子县公安局破获一起案件。",
                                  "泸州长江大桥今天通车。", "宿州长途汽车站改造完成。"])
def test_a_title_inside_a_name_or_word_leaves_it_whole(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("教育部基础教育司印发通知。", "教育部基础教育司"),
    ("商务部对外贸易司发布数据。", "商务部对外贸易司"),
    ("北京市高级人民法院第一法庭开庭审理。", "北京市高级人民法院第一法庭"),
])
def test_a_department_named_by_a_set_phrase_or_an_ordinal_joins_its_body(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    # words that name the department's remit (remit_words): 综合 and 统计, 修复, 检疫, 稽查
    ("国家统计局国民经济综合统计司今天发布数据。", "国家统计局国民经济综合统计司"),
    ("自然资源部国土空间生态修复司发布通知。", "自然资源部国土空间生态修复司"),
    ("海关总署动植物检疫司发布了警示通报。", "海关总署动植物检疫司"),
    ("海关总署稽查司负责人介绍了查验情况。", "海关总署稽查司"),
    # two remits joined by a conjunction, and a department's name longer than ten characters
    ("科技部高新技术发展及产业化司有关负责人介绍。", "科技部高新技术发展及产业化司"),
    ("农业农村部农村合作经济指导与发展促进司有关负责人表示。", "农业农村部农村合作经济指导与发展促进司"),
    ("勞動部勞動力發展署綜合規劃處今日說明。", "勞動部勞動力發展署綜合規劃處"),
    # a remit word with the ending as jieba's one body word (建设司), verbs of a remit (运行, 发行), and 厅
    ("交通运输部公路建设司有关负责人介绍，工程已过半。", "交通运输部公路建设司"),
    ("国家能源局电力运行司负责人表示，电网负荷平稳。", "国家能源局电力运行司"),
    ("湖州银行发行局局长助理说明了新钞的防伪特征。", "湖州银行发行局"),
    ("澳門市政署食品安全及檢驗廳今日公布抽檢結果。", "澳門市政署食品安全及檢驗廳"),
    # a department jieba reads with its ending as one body's word (国防委员会: nt) after a conjunction
    ("立法院經濟及國防委員會今日審查預算。", "立法院經濟及國防委員會"),
    # a remit of complaints and enquiries
    ("香港消費者委員會投訴及諮詢組今年收到三千宗個案。", "香港消費者委員會投訴及諮詢組"),
    # a field jieba calls a body's name (太空科学: nt) and a word of a kind (公共: b) inside a department's name
    ("臨江大學太空科學與工程學系今年增設碩士班。", "臨江大學太空科學與工程學系"),
    ("臨江大學公共及國際事務學系舉辦研討會。", "臨江大學公共及國際事務學系"),
    # the department's ending jieba joins to its head's title (组|组长)
    ("臨江市社會局身心障礙福利組組長說明補助方式。", "臨江市社會局身心障礙福利組"),
    # an association's branch (分会)
    ("中国乐器协会钢琴分会今天发布数据。", "中国乐器协会钢琴分会"),
])
def test_a_department_named_by_its_remit_joins_its_body(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    # two trades joined by a conjunction in an association's name, one of them an abbreviation to jieba (仓储: j)
    ("据中国仓储与配送协会统计，去年库存周转加快。", "中国仓储与配送协会"),
    ("中国石油和化学工业联合会数据显示，产量增长。", "中国石油和化学工业联合会"),
])
def test_an_associations_name_joining_two_trades_is_one_body(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    # a division's office named by its remit, which no ending finds alone
    ("雲林縣動植物防疫所今日發布禽流感警訊。", "雲林縣動植物防疫所"),
    ("四川省绵阳市涪城区婚姻登记处推出预约服务。", "四川省绵阳市涪城区婚姻登记处"),
    ("湖南省岳阳市防汛抗旱指挥部办公室发布预警。", "湖南省岳阳市防汛抗旱指挥部办公室"),
])
def test_a_divisions_office_named_by_its_remit_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["杭州市所有学校均已开学。", "上海市各处景点人流平稳。"])
def test_a_division_before_a_word_holding_an_offices_ending_stays_a_place(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [("项目入选湖南省重点研发计划。", "湖南省重点研发计划")])
def test_key_before_a_noun_is_a_programmes_word(text: str, name: str) -> None:
    # 重点 before a verb stops a name (重点支持某某计划); before a noun it is the programme's
    assert (name, "PROGRAMME") in _found(text)
    assert not any(t == "PROGRAMME" for _, t in _found("省里将重点支持人才引进计划。"))


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("臨江航空今日開通直飛東京的航線。", "臨江航空", "ORG"),  # an airline, named by its place
    ("临江国际影展今晚开幕。", "临江国际影展", "EVENT"),
    ("臨江國際書展吸引逾十萬人次。", "臨江國際書展", "EVENT"),
    ("臨江市創新科技發展藍圖提出五大方向。", "臨江市創新科技發展藍圖", "POLICY"),
])
def test_names_with_the_endings_of_airlines_fairs_and_blueprints(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("根據《臨江公共泳池管理規章》，泳客須戴泳帽。", "臨江公共泳池管理規章"),  # Macau's regulations and laws
    ("立法會通過《臨江都市更新法律制度》。", "臨江都市更新法律制度"),
])
def test_a_regulation_or_a_legal_regime_in_book_quotes_is_a_policy(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("游客可前往临江龙泉山景区赏雪。", "临江龙泉山景区"),
    ("臨江燈塔與望海墳場均列入文物名錄。", "望海墳場"),
    ("卫星在海南文昌航天发射场升空。", "海南文昌航天发射场"),
])
def test_a_site_named_by_a_place_or_a_name_and_its_kind_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["该地新建了集装箱码头和海底隧道。", "考古遗址保护工作持续推进。",
                                  "深圳住宅大楼空置率上升，海南景区门票降价。"])
def test_a_site_named_by_its_kind_alone_is_no_place(text: str) -> None:
    # (a place before the kind stays a place of its own: 海南)
    assert not any(t == "PLACE" and n.endswith(("码头", "隧道", "遗址", "大楼", "景区")) for n, t in _found(text))


@pytest.mark.parametrize("text", ["两家运营商将在贵州共建智能算力和数据中心。", "该市今年新建数据中心两座。",
                                  "腾讯将在当地建设人工智能数据中心。", "業者擴大AI資料中心投資，伺服器出貨走強。"])
def test_a_data_centre_of_a_kind_is_no_organisation(text: str) -> None:
    assert not any(n.endswith(("数据中心", "資料中心")) for n, _t in _found(text))


@pytest.mark.parametrize("name", ["国家基因组科学数据中心", "上海市大数据中心", "腾讯清远数据中心"])
def test_a_data_centre_of_the_state_a_government_or_a_known_firm_is_a_body(name: str) -> None:
    assert (name, "ORG") in _found(f"{name}今天发布了年度报告。")


@pytest.mark.parametrize(("text", "place"), [("台湾银行业去年获利创新高。", "台湾"),
                                           ("臺灣銀行業者對升息看法分歧。", "臺灣"),
                                           ("南京银行业今年信贷投放加快。", "南京")])
def test_a_places_banking_sector_is_no_bank(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "PLACE") in found and not any(t == "ORG" for _n, t in found)


@pytest.mark.parametrize(("text", "bank"), [("北京银行业绩增长。", "北京银行"), ("彰化銀行業務量增加。", "彰化銀行")])
def test_a_banks_results_and_business_keep_the_bank(text: str, bank: str) -> None:
    assert (bank, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["作家格林美国巡回签售。", "市民在重庆新华三路排队。", "立委要求公路局说明。"])
def test_short_firm_names_and_titles_inside_phrases_name_no_body(text: str) -> None:
    assert not any(n in ("格林美", "新华三", "立委") or "新华三" in n for n, _t in _found(text))


def test_a_places_data_centre_leaves_the_place() -> None:
    found = _found("中卫数据中心集群已投入运营。")
    assert ("中卫", "PLACE") in found and not any(n.endswith("数据中心") for n, _t in found)


@pytest.mark.parametrize("name", ["国家电网数据中心", "文化和旅游部数据中心", "国家统计局数据中心"])
def test_a_bodys_data_centre_is_its_unit(name: str) -> None:
    assert (name, "ORG") in _found(f"据{name}统计，今年全社会用电量同比增长。")


@pytest.mark.parametrize(("text", "place"), [("公司争取进入欧洲车厂的供应链。", "欧洲"),
                                           ("日本车企和韩国厂商都在观望。", "日本"),
                                           ("多家台湾晶片厂与当地大学合作。", "台湾"),
                                           ("該公司爭取打入歐洲車廠供應鏈。", "歐洲")])
def test_a_place_and_a_word_for_firms_of_a_kind_is_the_place(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "PLACE") in found and not any(t == "ORG" and n.startswith(place) for n, t in found)


@pytest.mark.parametrize("text", ["今年以来，国有大行和农商行纷纷下调存款利率。", "多家外资银行和中资银行参与了发行。",
                                  "台資銀行與外資行紛紛調整報價。"])
def test_a_kind_of_bank_is_no_organisation(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "outlet"), [("江南日报讯 当地连锁超市昨日宣布涨价。", "江南日报"),
                                            ("華夏網訊 市政府今天發布新規。", "華夏網"),
                                            ("東方快報訊 本港連鎖藥房經營壓力加大。", "東方快報")])
def test_a_datelines_outlet_ends_before_its_credit_and_the_space(text: str, outlet: str) -> None:
    found = _found(text)
    assert (outlet, "ORG") in found and not any(" " in n for n, _t in found)


@pytest.mark.parametrize(("view", "span", "body"), [("据华远数据监测，零售额增长。", "华远数据监测", "华远数据"),
                                                  ("东岸置业指，商场客流回升。", "东岸置业指", "东岸置业"),
                                                  ("据国家统计局统计，粮食增产。", "国家统计局统计", "国家统计局"),
                                                  ("东岸置业称赞员工。", "东岸置业称", "东岸置业称")])
def test_a_body_ends_before_the_verb_of_what_it_said_or_measured(view: str, span: str, body: str) -> None:
    # the tagger's span over the body and the verb (a unit test: the tagger reads such spans in some texts only);
    # with no clause mark after the verb, no cut (称|赞)
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _before_what_reports_it

    a = view.index(span)
    assert view[a:_before_what_reports_it(view, a, a + len(span), _rules(Resources()))] == body


@pytest.mark.parametrize(("name", "kind"), [("江山市大陈乡大陈村", "PLACE"), ("平湖县新埭镇", "PLACE"),
                                          ("中关村", "ORG"), ("某某村委会", "ORG")])
def test_a_chain_down_to_a_village_read_as_a_body_is_a_place(name: str, kind: str) -> None:
    # the type given to the tagger's organisation (a unit test: the tagger reads some chains as bodies only)
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _tagged_type

    assert _tagged_type(name, 0, len(name), "ORG", _rules(Resources()), segmenter()) == kind


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("上海市浦东新区今年引进外资项目三百个。", "上海市浦东新区", "PLACE"),
    ("上海市浦东新区人民检察院对三名被告人提起公诉。", "上海市浦东新区人民检察院", "ORG"),
])
def test_a_chain_jieba_holds_as_one_word_starts_at_its_first_division(text: str, name: str, kind: str) -> None:
    assert (name, kind) in _found(text)


@pytest.mark.parametrize(("text", "firms"), [("史赛克和美敦力的骨科产品降价。", ["史赛克", "美敦力"]),
                                           ("汤臣倍健去年营收增长。", ["汤臣倍健"]),
                                           ("屈臣氏宣布在台灣新增門市。", ["屈臣氏"])])
def test_listed_firms_the_tagger_reads_as_people_are_firms(text: str, firms: list[str]) -> None:
    found = _found(text)
    assert all((firm, "ORG") in found for firm in firms) and not any(t == "PERSON" for _n, t in found)


def test_a_body_found_by_its_ending_starts_after_a_verb_of_asking() -> None:
    found = _found("多名议员要求交通运输局公开调查报告。")
    assert ("交通运输局", "ORG") in found and not any("要求" in n for n, _t in found)


@pytest.mark.parametrize("text", ["局方計劃明年再發出一批牌照。", "市场监管局会同公安机关破获一起案件。",
                                  "中方和美方举行了会谈。"])
def test_a_party_named_by_its_role_or_a_kind_of_organ_is_no_name(text: str) -> None:
    assert not any(n.startswith(("局方", "公安", "中方", "美方")) for n, _t in _found(text))


@pytest.mark.parametrize(("text", "chain"), [("位於高雄楠梓的新廠已完工。", "高雄楠梓"),
                                           ("位於臺中潭子的廠區將擴建。", "臺中潭子"),
                                           ("该项目落在贵州毕节的山区。", "贵州毕节")])
def test_a_short_name_right_after_its_parent_is_a_chains_second_part(text: str, chain: str) -> None:
    assert (chain, "PLACE") in _found(text)


def test_a_place_and_a_firms_headquarters_is_the_place() -> None:
    found = _found("在福清总部举行的投资者交流会上，公司介绍了新产品。")
    assert ("福清", "PLACE") in found and not any(n.endswith("总部") for n, _t in found)


def test_a_person_spaced_out_to_align_a_list_stays_whole() -> None:
    assert ("王　强", "PERSON") in _found("获奖名单：王　强、李　娜、张大伟。")


@pytest.mark.parametrize("name", ["淄博砂布厂", "北京汽车厂"])
def test_a_factory_named_by_its_place_and_product_stays_a_body(name: str) -> None:
    assert (name, "ORG") in _found(f"{name}的出口业务已占到全厂产值的一半。")


@pytest.mark.parametrize("text", ["新厂已完成主体结构工程，配套工程和装修工程年底前完工。",
                                  "晶圓廠已完成主體工程，明年裝機。"])
def test_the_parts_of_a_buildings_works_are_no_programme(text: str) -> None:
    assert not any(t == "PROGRAMME" for _n, t in _found(text))


def test_a_sites_managing_office_is_an_organisation_holding_it() -> None:
    assert ("臨江湖國家風景區管理處", "ORG") in _found("臨江湖國家風景區管理處今日表示，步道將封閉。")


@pytest.mark.parametrize("text", ["我们要描绘好发展蓝图。", "他喜欢看车展和书展。"])
def test_an_ending_with_no_name_before_it_names_nothing(text: str) -> None:
    assert not any(t in ("POLICY", "EVENT") for _, t in _found(text))


@pytest.mark.parametrize(("text", "absent"), [
    # a word of acting together names a second body, not a department
    ("市场监管局会同市旅游发展委员会开展检查。", "市场监管局会同"),
    ("上海海关协同上海市商务委员会召开会议。", "上海海关协同"),
    # the body's own predicate is no remit
    ("国务院批准设立研究所。", "国务院批准"),
    ("教育部召开会议，要求各司局抓好落实。", "教育部召开"),
])
def test_no_department_after_a_predicate_or_a_joint_action(text: str, absent: str) -> None:
    assert not any(n.startswith(absent) for n, _ in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    # a word of acting together before a team's ending names the team the body formed
    ("公安部联合调查组已进驻当地。", "公安部联合调查组"),
    ("应急管理部联合督导组昨日抵达灾区。", "应急管理部联合督导组"),
])
def test_a_joint_team_joins_the_body_that_formed_it(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_second_body_after_a_word_of_acting_together_is_no_part_of_the_first() -> None:
    found = _found("教育部联合公安部督查组赴各地检查。")
    assert ("教育部", "ORG") in found and not any(n.startswith("教育部联合") for n, _ in found)


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("前三季度浙江自由贸易试验区新增企业四千家。", "浙江自由贸易试验区", "PLATFORM"),
    ("赛后当选世界华人经济论坛的理事。", "世界华人经济论坛", "EVENT"),
])
def test_a_count_or_a_predicate_before_a_name_is_not_part_of_it(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("第五届长江国际电影节今天在武汉开幕。", "长江国际电影节"),
    ("首届浙江省青年创新创业大赛在宁波举行。", "浙江省青年创新创业大赛"),
    ("西湖数字经济论坛年会明天开幕。", "西湖数字经济论坛年会"),
    ("英格兰足球超级联赛第十轮比赛昨晚结束。", "英格兰足球超级联赛"),
])
def test_festivals_contests_leagues_and_annual_meetings_are_events(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)


@pytest.mark.parametrize("text", ["本赛季联赛还剩五轮。", "本届大赛共有三百支队伍参加。", "今年的年会在上海举行。",
                                  "篮球联赛今晚开打。", "校园文化节开幕。", "学术年会在京召开。",
                                  "全市职业技能大赛举行。"])
def test_a_bare_league_contest_or_meeting_is_no_event(text: str) -> None:
    assert not any(t == "EVENT" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("中国（湖北）自由贸易试验区武汉片区去年新设企业两千家。", "中国（湖北）自由贸易试验区武汉片区"),
    ("海南自由贸易港洋浦片区新增企业一千家。", "海南自由贸易港洋浦片区"),
    # 高雄 is a word the segmenter learns from the gazetteer (jieba's dictionary cut it 高|雄)
    ("南部科學園區高雄園區今年新增十家廠商。", "南部科學園區高雄園區"),
])
def test_a_zone_and_its_part_are_one_platform(text: str, name: str) -> None:
    assert (name, "PLATFORM") in _found(text)


@pytest.mark.parametrize("text", ["苏州工业园区开园三十周年。", "杭州高新区建园三十年来成绩斐然。"])
def test_a_zone_opening_is_no_part_of_it(text: str) -> None:
    assert not any(n.endswith(("开园", "建园")) for n, _ in _found(text))


def test_two_zones_joined_by_a_conjunction_stay_two() -> None:
    found = _found("杭州高新区和滨江园区签约。")
    assert {("杭州高新区", "PLATFORM"), ("滨江园区", "PLATFORM")} <= found


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("宁波市文化广电旅游局局长出席了发布会。", "宁波市文化广电旅游局", "ORG"),
    ("珠海横琴粤澳深度合作区新增企业五百家。", "珠海横琴粤澳深度合作区", "PLATFORM"),
    ("港府昨日公布了新的房屋政策。", "港府", "ORG"),
    ("綠色和平與樂施會發表聯合聲明。", "樂施會", "ORG"),
])
def test_body_words_cooperation_zones_and_known_bodies(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize("text", ["铁路局和电力局的职工参加了活动。", "基层法院受理的案件逐年增多。",
                                  "边境经济合作区发展迅速。", "会议对明年工作作出战略部署。", "双方在会上签署了协议。"])
def test_a_body_word_or_court_with_no_name_before_it_is_a_category(text: str) -> None:
    assert not any(t in ("ORG", "PLATFORM") for _, t in _found(text))


@pytest.mark.parametrize(("text", "names"), [
    ("被告人张某某因涉嫌诈骗罪被提起公诉。", {"张某某"}),
    ("犯罪嫌疑人李某某、王某某已被刑事拘留。", {"李某某", "王某某"}),
    ("市民陈某向记者反映了情况。", {"陈某"}),
])
def test_people_named_by_a_surname_and_mou(text: str, names: set[str]) -> None:
    assert {n for n, t in _found(text) if t == "PERSON"} == names


@pytest.mark.parametrize("text", ["他主张某些条款应当修改。", "某某公司与某地政府签约。", "他从事于某一方面的研究。"])
def test_mou_meaning_some_names_nobody(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("文化艺术及旅游局局长王明表示，将加大投入。", "文化艺术及旅游局", "ORG"),
    ("2025赛季中超联赛第三轮比赛昨晚结束。", "中超联赛", "EVENT"),
])
def test_a_remit_before_a_body_word_and_a_season_before_a_league(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("复旦大学专用集成电路与系统国家重点实验室今年招收博士生。", "复旦大学专用集成电路与系统国家重点实验室"),
    ("东南大学毫米波国家重点实验室发布成果。", "东南大学毫米波国家重点实验室"),
])
def test_a_universitys_lab_keeps_its_field(text: str, name: str) -> None:
    assert (name, "LAB") in _found(text)


def test_a_company_and_a_lab_joined_by_a_conjunction_stay_two() -> None:
    assert {("阿里巴巴", "ORG"), ("之江实验室", "LAB")} <= _found("阿里巴巴和之江实验室签署合作协议。")


def test_a_verb_after_a_known_company_is_no_part_of_its_name() -> None:
    found = _found("宁德时代签署合作备忘录。")
    assert ("宁德时代", "ORG") in found
    assert not any(n.endswith("签署") for n, _ in found)


@pytest.mark.parametrize(("text", "name"), [("欧佩克组织发表声明。", "欧佩克组织")])
def test_a_body_word_jieba_tags_a_verb_stays_in_the_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_national_programme_and_its_quoted_special_project() -> None:
    found = _found("科技部发布国家重点研发计划“先进计算与新兴软件”重点专项申报指南。")
    assert {("国家重点研发计划", "PROGRAMME"), ("先进计算与新兴软件", "PROGRAMME")} <= found


def test_a_national_fund_is_a_programme_and_its_commission_a_body() -> None:
    assert ("国家自然科学基金", "PROGRAMME") in _found("该项目获得国家自然科学基金资助。")
    assert ("国家自然科学基金委员会", "ORG") in _found("国家自然科学基金委员会发布通知。")


@pytest.mark.parametrize(("text", "names"), [
    ("被告人欧阳某某出庭受审。", {"欧阳某某"}),
    ("他曾任某公司总经理。", set()),
    ("原某市委书记被查。", set()),
    ("应某单位要求出具证明。", set()),
])
def test_mou_after_a_surname_or_before_a_noun(text: str, names: set[str]) -> None:
    assert {n for n, t in _found(text) if t == "PERSON"} == names


@pytest.mark.parametrize("text, name", [
    ("◆青禾农业研究院发布年度报告。", "青禾农业研究院"),
    ("★星河数据科技有限公司今日挂牌。", "星河数据科技有限公司"),
])
def test_a_bullet_symbol_before_a_name_stays_outside_it(text: str, name: str) -> None:
    found = {n for n, _ in _found(text)}
    assert name in found
    assert not any(n[0] in "◆★■●" for n in found)


def test_a_news_agency_is_no_ending_that_swallows_the_dateline_before_it() -> None:
    found = _found("■李华生抵沪新华社上海3月2日电")
    assert ("新华社", "ORG") in found
    assert not any(n.endswith("新华社") and n != "新华社" for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("据悉，星河数据科技有限公司今日挂牌。", "星河数据科技有限公司"),
    ("據悉，星河數據科技有限公司今日掛牌。", "星河數據科技有限公司"),
])
def test_a_registered_company_may_open_with_a_common_word(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("嵖岈山产业园区今年新增企业。", "嵖岈山产业园区"),
    ("位于竹北产业园区的厂商", "竹北产业园区"),
    ("埇桥产业园区引进项目。", "埇桥产业园区"),
    ("埇橋產業園區引進項目。", "埇橋產業園區"),
])
def test_a_park_whose_ending_overlaps_another_keeps_the_longer_one(text: str, name: str) -> None:
    assert (name, "PLATFORM") in _found(text)  # 产业园 and 园区 overlap in 产业园区; a park is a platform


def test_an_ending_inside_the_next_word_does_not_cut_the_name_before_it() -> None:
    assert ("浙江大学", "ORG") in _found("浙江大学会同省科技厅发布通知。")  # 大学 and 学会 overlap; 会同 is a word


@pytest.mark.parametrize("text, name", [
    ("东湖大学计算机辅助设计与图形学国家重点实验室发布成果。", "东湖大学计算机辅助设计与图形学国家重点实验室"),
    ("東湖大學計算機輔助設計與圖形學國家重點實驗室發布成果。", "東湖大學計算機輔助設計與圖形學國家重點實驗室"),
    ("西岭大学智能感知与计算实验室发布成果。", "西岭大学智能感知与计算实验室"),
])
def test_a_labs_research_field_between_its_university_and_ending_is_part_of_its_name(text: str, name: str) -> None:
    assert (name, "LAB") in _found(text)


def test_a_conjunction_right_after_a_university_still_parts_two_names() -> None:
    found = _found("北京大学与华为联合实验室")
    assert ("北京大学", "ORG") in found
    assert not any(n.startswith("北京大学与") for n, _ in found)


@pytest.mark.parametrize("text, name, country", [
    ("丹麥商北海風電基金（NWF）今日簽約。", "北海風電基金", "丹麥商"),  # its short form a second name
    ("美商博通科技今天宣布在台扩大投资。", "博通科技", "美商"),
])
def test_the_country_a_firm_comes_from_is_no_part_of_its_name(text: str, name: str, country: str) -> None:
    found = _found(text)
    assert not any(n.startswith(country) for n, _ in found)  # 美商某某: an American firm
    assert (name, "ORG") in found


@pytest.mark.parametrize("text, name", [
    ("浙商银行发布年报。", "浙商银行"),  # 浙商, 晋商: no foreign country, a bank's name
    ("晋商银行今日上市。", "晋商银行"),
    ("香港商業電台播出節目。", "香港商業電台"),  # 商业: a word, no firm's mark
    ("英国商务部发表声明。", "英国商务部"),
])
def test_a_province_or_a_word_with_shang_keeps_the_name_whole(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, name, typ", [
    ("副省长昨天在杭州会见青松路桥工程有限责任公司董事长。", "青松路桥工程有限责任公司", "ORG"),
    ("该项目将交由城区重建局跟进。", "城区重建局", "ORG"),
    ("该项目将交由市区管理局跟进。", "市区管理局", "ORG"),
    ("外宾代表团参观西湖博物馆。", "西湖博物馆", None),
])
def test_a_predicate_jieba_calls_a_noun_stays_outside_the_name_after_it(text: str, name: str, typ: str | None) -> None:
    found = _found(text)
    assert name in {n for n, _ in found}
    if typ is not None:
        assert (name, typ) in found
    assert not any(n.endswith(name) and n != name for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("港府会继续推动创科发展。", "港府"),
    ("港府會繼續推動創科發展。", "港府"),
])
def test_a_modal_verb_after_a_known_body_is_not_read_into_its_name(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "ORG") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("国家超级计算西安中心发布报告。", "国家超级计算西安中心"),
    ("國家超級計算西安中心發布報告。", "國家超級計算西安中心"),
])
def test_a_national_bodys_name_runs_from_guojia_over_a_place_inside_it(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_two_national_bodies_joined_by_he_stay_two() -> None:
    found = {n for n, _ in _found("中央广播电视总台和人民日报联合发布。")}
    assert {"中央广播电视总台", "人民日报"} <= found


@pytest.mark.parametrize("text, name", [
    ("院长黄俊家在会上表示，将扩大招生。", "黄俊家"),
    ("公司董事长刘建家在股东会上表示，将扩大投资。", "刘建家"),
])
def test_a_three_character_name_after_a_title_keeps_its_third_character_before_a_preposition(
        text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PERSON") in found
    assert (name[:2], "PERSON") not in found


@pytest.mark.parametrize("text, name", [
    ("大阪府知事服部健太郎当天出席。", "服部健太郎"),
    ("日本财务大臣加藤和男表示，将维持预算。", "加藤和男"),
    ("日本財務大臣加藤和男表示，將維持預算。", "加藤和男"),
])
def test_a_japanese_name_starts_at_its_surname_and_keeps_its_given_name(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("桥本首相表示将访华。", "桥本"),
    ("日本首相桥本当天表示，将访华。", "桥本"),
])
def test_a_japanese_surname_alone_before_a_title_or_a_time_word_names_the_person(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PERSON") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("中国（浙江）自由贸易试验区宁波片区管委会发布通知。", "中国（浙江）自由贸易试验区宁波片区管委会"),
    ("中國（浙江）自由貿易試驗區寧波片區管委會發布通知。", "中國（浙江）自由貿易試驗區寧波片區管委會"),
])
def test_the_office_that_runs_a_zones_part_holds_the_zone(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_zones_part_without_its_office_stays_a_platform() -> None:
    zone = "中国（浙江）自由贸易试验区宁波片区"
    assert (zone, "PLATFORM") in _found(zone + "今年新增企业。")


@pytest.mark.parametrize("text, name", [
    ("阿里云今天发布了新一代大模型。", "阿里云"),
    ("騰訊雲和華爲雲都在擴大海外數據中心。", "騰訊雲"),
    ("猫眼娱乐发布了上半年财报。", "猫眼娱乐"),
])
def test_the_cloud_and_media_arms_of_large_platforms_are_organisations(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, body", [
    ("國民黨立委今天質詢行政院長。", "國民黨"),
    ("民進黨立委今天提案。", "民進黨"),
])
def test_a_title_the_tagger_read_into_a_body_is_cut_off(text: str, body: str) -> None:
    found = _found(text)
    assert (body, "ORG") in found
    assert not any(n.startswith(body) and n != body for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("高雄今天下雨，气温骤降。", "高雄"),
    ("高雄今天下雨，氣溫驟降。", "高雄"),
])
def test_a_taiwan_city_jieba_does_not_know_is_a_place_not_a_person(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("位于台中精密机械园区的厂商今年扩产。", "台中精密机械园区"),
    ("工厂坐落于南湖高新技术产业开发区。", "南湖高新技术产业开发区"),
])
def test_a_verb_of_location_before_a_park_stays_outside_its_name(text: str, name: str) -> None:
    assert (name, "PLATFORM") in _found(text)


def test_a_park_named_after_a_taiwan_city_starts_at_the_city() -> None:
    assert ("高雄精密机械园区", "PLATFORM") in _found("厂房设在高雄精密机械园区。")


@pytest.mark.parametrize("text, name", [
    ("据明报报道，港府将推出新措施。", "明报"),
    ("據民視報道，颱風今晚登陸。", "民視"),
])
def test_hong_kong_and_taiwan_media_named_bare_are_organisations(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_media_name_across_a_reporters_name_and_a_verb_is_no_name() -> None:
    found = _found("本报记者林小明报道：经过多年建设，新城初具规模。")
    assert ("林小明", "PERSON") in found
    assert "明报" not in {n for n, _ in found}


@pytest.mark.parametrize("text, name", [
    ("旅客可在杭州东站换乘地铁。", "杭州东站"),
    ("旅客可在杭州東站換乘地鐵。", "杭州東站"),
    ("列车从广州南站出发。", "广州南站"),
])
def test_a_station_named_by_its_city_and_quarter_is_one_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text, wrong, place", [
    ("今年出境游中，欧洲线价格上涨。", "欧洲线", "欧洲"),
    ("旅行社的泰国线和日本线报名火爆。", "泰国线", "泰国"),
])
def test_a_tours_leg_or_route_is_no_station_or_line(text: str, wrong: str, place: str) -> None:
    found = _found(text)
    assert wrong not in {n for n, _ in found}
    assert (place, "PLACE") in found


@pytest.mark.parametrize("text, name", [
    ("云林地区今天停课。", "云林"),
    ("雲林地區今天停課。", "雲林"),
])
def test_the_word_for_region_after_a_place_the_tagger_read_is_no_part_of_it(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PLACE") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


def test_a_prefecture_named_with_diqu_keeps_it() -> None:
    assert ("阿里地区", "PLACE") in _found("阿里地区今天降雪。")


def test_a_reporters_three_character_name_in_brackets_keeps_its_third_character() -> None:
    found = _found("本报讯（记者林伟行）针对网上的传言，市政府作出回应。")
    assert ("林伟行", "PERSON") in found


def test_the_photo_credit_after_a_two_character_name_is_no_part_of_it() -> None:
    found = {n for n, t in _found("图为新落成的大桥。（记者刘宇摄）") if t == "PERSON"}
    assert found == {"刘宇"}


@pytest.mark.parametrize("text", [
    "院长王刚所在的医院很大。", "部长王刚现在表示同意。", "局长王刚一再强调安全。", "院長王剛所在的醫院很大。",
])
def test_a_character_that_opens_a_word_after_a_two_character_name_is_no_part_of_it(text: str) -> None:
    people = {n for n, t in _found(text) if t == "PERSON"}
    assert len(people) == 1 and len(people.pop()) == 2


@pytest.mark.parametrize("text, name", [
    ("英特尔在俄亥俄州新建两座工厂。", "俄亥俄州"),
    ("該公司把總部遷到得克薩斯州。", "得克薩斯州"),
    ("若开邦发生冲突，数千人撤离。", "若开邦"),
])
def test_a_first_level_division_of_another_country_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


def test_a_clause_the_tagger_read_as_one_name_across_a_preposition_is_no_name() -> None:
    found = {n for n, _ in _found("市残联从省红十字会获得捐赠。")}
    assert not any("从" in n for n in found)


@pytest.mark.parametrize("text, name", [
    ("广州从化中学举行开学典礼。", "广州从化中学"),  # 从化: a district, not 从 'from'
    ("上海向明中学举行开学典礼。", "上海向明中学"),
])
def test_a_school_whose_name_opens_with_a_prepositions_character_stays(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, person", [
    ("其中田志强表示不满。", "田志强"),  # 其中|田: no Japanese surname 中田 here
    ("两天前田志强报警称手机被盗。", "田志强"),
    ("深圳福田李强表示满意。", "李强"),  # 福田: a district of Shenzhen
])
def test_a_japanese_surname_spelt_across_a_word_and_a_chinese_name_is_not_read(text: str, person: str) -> None:
    assert (person, "PERSON") in _found(text)


@pytest.mark.parametrize("text", ["这位将军表示", "山上有一棵大树。", "淡水资源日益短缺。", "這位將軍表示"])
def test_a_districts_short_name_that_is_a_common_word_is_no_place_in_rules_only_mode(text: str) -> None:
    assert _found(text, resources=Resources(use_tagger=False)) == set()


@pytest.mark.parametrize("text, name", [
    ("比赛在无锡市体育中心举行。", "无锡市体育中心"),
    ("演出在臺北流行音樂中心舉行。", "臺北流行音樂中心"),
    ("新年音乐会在星海音乐厅举行。", "星海音乐厅"),
])
def test_a_sports_or_music_venue_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text, name, typ", [
    ("欧盟今天宣布对进口钢材加征关税。", "欧盟", "PLACE"),
    ("東盟各國今年貿易額增長。", "東盟", "PLACE"),
    ("欧盟委员会发布年度报告。", "欧盟委员会", "ORG"),
])
def test_a_union_of_states_on_its_own_is_a_place_and_its_organs_are_bodies(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


@pytest.mark.parametrize("text, name", [
    ("民营经济促进法今年五月起施行。", "民营经济促进法"),
    ("個人信息保護法明確規定了處理規則。", "個人信息保護法"),
])
def test_a_law_named_bare_by_its_ending_is_a_policy(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("浙江大学化学系团队在《自然》发表论文。", "浙江大学化学系"),
    ("港大醫學院放射科團隊發表研究。", "港大醫學院放射科"),
])
def test_a_research_team_read_onto_a_bodys_name_is_cut_off(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "ORG") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


def test_a_company_that_plans_is_no_programme() -> None:
    found = _found("绿川新材料科技有限公司计划投资十亿元扩建产线。")
    assert not any(t == "PROGRAMME" for _, t in found)
    assert ("绿川新材料科技有限公司", "ORG") in found


@pytest.mark.parametrize("text, name", [
    ("今天，鸿进精密模具股份有限公司宣布扩产。", "鸿进精密模具股份有限公司"),
    ("今天，盛发精密模具股份有限公司宣布扩产。", "盛发精密模具股份有限公司"),
    ("今天，鴻進精密模具股份有限公司宣布擴產。", "鴻進精密模具股份有限公司"),
])
def test_a_registered_company_opens_with_a_brand_the_segmenter_has_no_word_for(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("「年度最佳新人王」林子豪上台領獎。", "林子豪"),
    ("“年度最佳新人王”林子豪上台领奖。", "林子豪"),
])
def test_a_quote_mark_without_its_pair_is_no_part_of_a_name(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PERSON") in found
    assert not any(q in n for n, _ in found for q in "」”")


@pytest.mark.parametrize("text", ["松本健太先發7局失1分。", "日籍投手松本健太主投8局。"])
def test_innings_are_no_bureau(text: str) -> None:
    assert not any(n.endswith("局") for n, _ in _found(text))


@pytest.mark.parametrize("text, court", [
    ("一审法院上海市静安区人民法院判决被告人赔偿。", "上海市静安区人民法院"),
    ("原审法院温州市鹿城区人民法院认定事实清楚。", "温州市鹿城区人民法院"),
    ("公诉机关杭州市西湖区人民检察院指控被告人。", "杭州市西湖区人民检察院"),
])
def test_a_court_is_named_from_its_place(text: str, court: str) -> None:
    found = _found(text)
    assert (court, "ORG") in found
    assert not any(n.endswith(court) and n != court for n, _ in found)


def test_a_court_without_a_place_keeps_its_name() -> None:
    assert ("最高人民法院", "ORG") in _found("最高人民法院今天发布典型案例。")


@pytest.mark.parametrize("text, clubs", [
    ("天津津门虎主场迎战沧州雄狮。", ["天津津门虎", "沧州雄狮"]),
    ("富邦悍將與台鋼雄鷹今晚交手。", ["富邦悍將", "台鋼雄鷹"]),
])
def test_sports_clubs_named_by_their_city_are_organisations(text: str, clubs: list[str]) -> None:
    found = _found(text)
    assert all((club, "ORG") in found for club in clubs)


@pytest.mark.parametrize("text, venue", [
    ("展会在东莞国际博览馆开幕。", "东莞国际博览馆"),
    ("航班平安降落在宁波栎社国际机场。", "宁波栎社国际机场"),
    ("球队将在新竹棒球場迎戰對手。", "新竹棒球場"),
])
def test_halls_grounds_and_airports_are_places(text: str, venue: str) -> None:
    assert (venue, "PLACE") in _found(text)


def test_a_venue_after_a_verb_jieba_calls_a_noun_starts_after_it() -> None:
    found = _found("第二场比赛移师新竹棒球场举行。")
    assert ("新竹棒球场", "PLACE") in found
    assert not any(n.startswith("移师") for n, _ in found)


@pytest.mark.parametrize(("text", "name", "typ"), [
    # the year's 年度 belongs to the date, not to the award or the fund
    ("她获得2023年度江苏省科学技术奖二等奖。", "江苏省科学技术奖", "AWARD"),
    ("我校获批2025年度国家社会科学基金项目12项。", "国家社会科学基金", "PROGRAMME"),
    # 透過 (through) opens an adverbial, as 通过 does
    ("旅客可透過入境事務處網站預約。", "入境事務處", "ORG"),
    # after a body, 年度 is a word of the name; 代表 may be one too
    ("中国电影导演协会年度表彰大会举行。", "中国电影导演协会年度表彰大会", "EVENT"),
    ("美国贸易代表署今日宣布加征关税。", "美国贸易代表署", "ORG"),
])
def test_a_name_starts_after_the_years_period_and_a_preposition(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


def test_a_bare_airport_is_no_name() -> None:
    assert _found("他一早来到机场迎接代表团。") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("县农业农村局组织专家下乡指导。", "县农业农村局"),
    # the ending itself names the remit (科技局, 发改委, 司法厅): the level alone before it
    ("市科技局今天公布了第二批创新券名单。", "市科技局"),
    ("省发改委昨日召开新闻发布会。", "省发改委"),
    ("省司法厅副厅长在会上讲话。", "省司法厅"),
])
def test_a_department_named_by_its_level_is_a_body(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("各省、自治区、直辖市公安厅要加强协作。", "直辖市公安厅"),  # every province's department, no one body
    ("两省教育厅签署合作协议。", "省教育厅"),  # a numeral before the level: one of several
    ("三县发改委负责人参加了会议。", "县发改委"),
    ("每个市科技局都要设立专班。", "市科技局"),
])
def test_a_category_of_departments_is_no_body(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}


def test_a_numbered_department_joins_its_body() -> None:
    found = _found("工业和信息化部装备工业二司发布通知。")
    assert ("工业和信息化部装备工业二司", "ORG") in found


@pytest.mark.parametrize("text, name", [
    ("法国工程师让-路易·莫罗表示。", "让-路易·莫罗"),
    ("比利时学者让-马克·范德文说。", "让-马克·范德文"),
    ("前欧盟委员会主席让-克洛德·容克今日访华。", "让-克洛德·容克"),
])
def test_a_hyphenated_given_name_is_part_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text, title", [
    ("双方签订《区域全面经济伙伴关系协定》。", "区域全面经济伙伴关系协定"),
    ("两国签署《中华人民共和国政府和新西兰政府自由贸易协定》。", "中华人民共和国政府和新西兰政府自由贸易协定"),
    ("两国纪念《中日和平友好条约》缔结45周年。", "中日和平友好条约"),
])
def test_an_agreement_between_states_in_book_marks_is_a_policy(text: str, title: str) -> None:
    assert (title, "POLICY") in _found(text)


@pytest.mark.parametrize("text", ["双方签署了《战略合作协议》。", "小区居民签订《文明公约》。"])
def test_a_contract_or_a_code_of_conduct_is_no_policy(text: str) -> None:
    assert not any(t == "POLICY" for _, t in _found(text))


@pytest.mark.parametrize("text, name", [
    ("日本設計師藤原美咲與台灣團隊合作。", "藤原美咲"),
    ("由设计师中村绫香与在地工艺师共同打造。", "中村绫香"),
])
def test_a_conjunction_after_a_name_joins_the_next_one(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PERSON") in found
    assert not any(n.endswith(("與", "与")) for n, _ in found)


def test_a_given_name_may_hold_he() -> None:
    assert ("植田和男", "PERSON") in _found("日本央行行长植田和男表示。")


@pytest.mark.parametrize("text, body", [
    ("財經事務及庫務局局長今日表示。", "財經事務及庫務局"),
    ("漁護署提醒市民注意。", "漁護署"),
    ("經濟及科技發展局公布最新數據。", "經濟及科技發展局"),
])
def test_hong_kongs_and_macaus_bureaux_are_bodies(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text, body", [
    ("县教育局局长赵某表示。", "县教育局"),
    ("市教育局今天发布通知。", "市教育局"),
])
def test_a_level_word_names_a_department_whose_ending_is_inside_a_word(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_department_word_alone_stays_a_category() -> None:
    assert not any(t == "ORG" for _, t in _found("铁路局发布春运公告。"))


@pytest.mark.parametrize("text, body", [
    ("池上鄉農會今年收購稻米。", "池上鄉農會"),
    ("嘉义县农会举办农产品展售会。", "嘉义县农会"),
])
def test_farmers_and_fishermens_associations_are_bodies(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text, event", [
    ("臺灣燈會今晚在嘉義點燈。", "臺灣燈會"),
    ("2025北京马拉松今晨鸣枪开跑。", "北京马拉松"),
    ("中国网球公开赛本周开幕。", "中国网球公开赛"),
])
def test_lantern_fairs_marathons_and_opens_are_events(text: str, event: str) -> None:
    assert (event, "EVENT") in _found(text)


@pytest.mark.parametrize("text", ["城市马拉松吸引众多跑者。", "春节庙会人气旺。"])
def test_an_event_many_places_hold_needs_a_name(text: str) -> None:
    assert not any(t == "EVENT" for _, t in _found(text))


@pytest.mark.parametrize("text, fund", [
    ("项目获北京市自然科学基金资助。", "北京市自然科学基金"),
    ("该课题由广东省哲学社会科学基金支持。", "广东省哲学社会科学基金"),
    ("他主持国家社会科学基金重大项目。", "国家社会科学基金"),
])
def test_a_science_fund_of_a_province_or_city_is_a_programme(text: str, fund: str) -> None:
    assert (fund, "PROGRAMME") in _found(text)


@pytest.mark.parametrize("text, funds", [
    ("课题获国家社会科学基金和江苏省社会科学基金资助。", ["国家社会科学基金", "江苏省社会科学基金"]),
    ("项目得到省自然科学基金与杭州市重点研发计划支持。", ["杭州市重点研发计划"]),
])
def test_a_second_programme_after_a_conjunction_opens_with_its_place(text: str, funds: list[str]) -> None:
    found = _found(text)
    assert all((fund, "PROGRAMME") in found for fund in funds)
    assert not any(t == "PLACE" and any(name in fund for fund in funds) for name, t in found)


@pytest.mark.parametrize("text, cut, kept", [
    ("中国与新加坡合作研究计划启动。", "新加坡合作研究计划", ("新加坡", "PLACE")),  # a programme of two parties
    ("课题获省科学及北京市技术委员会自然科学基金资助。", "北京市技术委员会自然科学基金",  # a body's remits
     ("北京市技术委员会", "ORG")),
    ("中美工程与技术合作计划启动。", "技术合作计划", ("中美", "PLACE")),  # 工程 a field here, no programme
])
def test_a_programme_after_a_conjunction_needs_a_programme_before_and_a_place_after(
        text: str, cut: str, kept: tuple[str, str]) -> None:
    found = _found(text)
    assert (cut, "PROGRAMME") not in found and kept in found


def test_a_science_funds_committee_stays_a_body() -> None:
    assert ("浙江省自然科学基金委员会", "ORG") in _found("浙江省自然科学基金委员会发布申报指南。")


@pytest.mark.parametrize("text, line", [
    ("西安地铁10号线今日开通试运营。", "西安地铁10号线"),
    ("宁波轨道交通5号线一期通车。", "宁波轨道交通5号线"),
    ("乘客可搭乘松山新店線至台北小巨蛋。", "松山新店線"),
    ("港鐵荃灣綫列車今早延誤。", "荃灣綫"),
    # railway lines by their names: Taiwan's, and the mainland's high-speed lines
    ("颱風過後北迴線今日恢復雙向通車。", "北迴線"),
    ("平溪線停駛一週進行邊坡整治。", "平溪線"),
    ("京张高铁今天迎来开通五周年。", "京张高铁"),
])
def test_metro_lines_are_places(text: str, line: str) -> None:
    assert (line, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "stations"), [
    ("乘客可在虹桥站换乘地铁2号线。", {"虹桥站"}),
    ("市民可前往錦上路站及洪水橋站轉乘港鐵。", {"錦上路站", "洪水橋站"}),
    ("高铁重庆科学城站今天开通。", {"重庆科学城站"}),
])
def test_stations_named_by_their_names_in_a_sentence_about_a_railway(text: str, stations: set[str]) -> None:
    assert stations <= {n for n, t in _found(text) if t == "PLACE"}


@pytest.mark.parametrize("text", ["他在地铁站台上站了很久。", "首站抵达上海后，列车准点发出。",
                                  "列车下一站是终点站。", "乘客在高铁站台上等候列车。", "乘客在公交站台等候转乘地铁。",
                                  "铁路沿线设立了十个救援站。", "列车到站后，乘客有序出站。"])
def test_standing_counted_and_common_stops_are_no_stations(text: str) -> None:
    assert not any(n.endswith("站") for n, _ in _found(text))


def test_a_station_is_named_without_its_railways_word_and_leaves_a_body_whole() -> None:
    assert ("九龙站", "PLACE") in _found("港铁九龙站今天起增加班次。")
    assert ("虹桥站派出所", "ORG") in _found("虹桥站派出所民警在列车上抓获一名嫌疑人。")


@pytest.mark.parametrize(("text", "city"), [("高雄市長今天出席啟用典禮。", "高雄市"),
                                           ("杭州市长今天调研企业。", "杭州市")])
def test_a_city_before_its_heads_title_is_a_place(text: str, city: str) -> None:
    # 市长 holds the city's ending: the city is named all the same
    assert (city, "PLACE") in _found(text)


def test_a_citys_metro_without_a_line_is_the_city() -> None:
    assert not any(n.startswith("北京地铁") for n, _ in _found("北京地铁的客流很大。"))


def test_a_body_and_a_place_after_it_are_two_names() -> None:
    found = _found("港鐵荃灣綫列車今早延誤。")
    assert ("港鐵", "ORG") in found and ("荃灣綫", "PLACE") in found


def test_a_bodys_branch_named_by_a_place_stays_one_name() -> None:
    assert ("招商银行北京分行", "ORG") in _found("招商银行北京分行今日开业。")


# counter-examples from the review of this session's rules (they guard what the first versions broke)
@pytest.mark.parametrize("text, name", [("「走進東莞」", "東莞"), ("标题为「来东莞」", "东莞")])
def test_a_closing_quote_that_ends_a_span_is_cut_off_the_end(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


def test_a_numbered_bureau_is_no_innings() -> None:
    assert ("中铁18局", "ORG") in _found("中铁18局承建的隧道今天贯通。")


@pytest.mark.parametrize("text, name", [
    ("视频-埃隆·马斯克谈人工智能。", "埃隆·马斯克"),
    ("巴黎-让·雷诺出席首映。", "让·雷诺"),
])
def test_a_label_or_place_before_a_hyphen_is_no_given_name(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("首节比赛中，凯文-杜兰特独得15分。", "凯文-杜兰特"),
    ("此役迈克尔-乔丹带伤出战。", "迈克尔-乔丹"),
    ("老將克里斯-保羅送出12次助攻。", "克里斯-保羅"),
])
def test_a_given_name_before_a_hyphen_without_a_dot_is_part_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text, name", [("视频-库里三分命中。", "库里"), ("巴黎-乔丹出席首映。", "乔丹"),
                                        ("刘国梁-孔令辉组合获得冠军。", "孔令辉")])
def test_a_word_before_a_hyphen_that_names_no_one_stays_out(text: str, name: str) -> None:
    assert not any(n.endswith("-" + name) for n, _ in _found(text))


@pytest.mark.parametrize(("text", "zone"), [
    ("新廠設於北湖工業區，明年量產。", "北湖工業區"), ("位於彰化濱海工業區的新廠投產後，產能倍增。", "彰化濱海工業區"),
    ("沈阳铁西工业区焕发新生。", "沈阳铁西工业区"),
])
def test_an_industrial_district_named_by_a_place_is_a_platform(text: str, zone: str) -> None:
    assert (zone, "PLATFORM") in _found(text)


@pytest.mark.parametrize("text", ["全市工业区改造加快。", "老工业区改造提速。", "委員會將討論延長計劃的申請期。"])
def test_a_kind_of_industrial_district_or_a_verb_like_a_place_is_no_name(text: str) -> None:
    assert _found(text) == set()


def test_an_acronym_the_tagger_reads_as_a_place_is_an_organisation() -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _tagged_type

    rules = _rules(Resources())
    assert _tagged_type("由HKXQR負責", 1, 6, "LOC", rules, segmenter()) == "ORG"
    assert _tagged_type("位於臨江", 2, 4, "LOC", rules, segmenter()) == "PLACE"


@pytest.mark.parametrize("text", ["该小区由业主大会投票表决。", "由村民大会讨论决定。", "協會由會員大會改選理事。",
                                  "協會每年舉行會員大會改選理事。", "公司上月召开职工大会。"])
def test_an_assembly_of_members_is_no_event(text: str) -> None:
    assert not any(t == "EVENT" for _, t in _found(text))


@pytest.mark.parametrize("text", [
    "全省支线机场建设提速。", "县里建成了5个五人制足球场。", "基層農會是農民的重要依靠。",
])
def test_kinds_of_airports_grounds_and_associations_are_categories(text: str) -> None:
    assert _found(text) == set()


def test_a_bare_numeral_after_a_bodys_name_is_no_department() -> None:
    found = {(e.text, e.type) for e in extract_entities("北京大学一研究中心的负责人表示。",
                                                        resources=Resources(use_tagger=False))}
    assert found == {("北京大学", "ORG")}


def test_a_fund_after_a_conjunction_leaves_the_body_whole() -> None:
    found = _found("該項目獲國家科學及技術委員會自然科學基金補助。")
    assert ("國家科學及技術委員會", "ORG") in found
    assert not any(n.startswith("技術") for n, _ in found)


@pytest.mark.parametrize("text, name, type_", [
    ("切尔西·克林顿出席了活动。", "切尔西·克林顿", "PERSON"),
    ("游客游览山东泰山、曲阜三孔。", "山东泰山", "PLACE"),
])
def test_club_names_that_are_also_names_or_places_are_left_to_the_other_recognisers(text: str, name: str,
                                                                                   type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a kind of person or a common noun before the dot is no part of the foreign name after it
    ("电影明星·汤姆汉克斯出席了首映式。", "电影明星"),
    ("明星·汤姆汉克斯出席了首映式。", "明星"),
])
def test_a_kind_of_person_before_a_middle_dot_is_no_part_of_the_name(text: str, absent: str) -> None:
    assert not any(n.startswith(absent) for n, _ in _found(text))


@pytest.mark.parametrize("text, person", [
    ("北海道知事铃木直道出席开幕式。", "铃木直道"),
    ("東京都知事小池百合子宣布新措施。", "小池百合子"),
    ("日本首相桥本当天表示，将访华。", "桥本"),
])
def test_a_japanese_person_after_a_title_is_named_from_the_surname(text: str, person: str) -> None:
    assert (person, "PERSON") in _found(text)


@pytest.mark.parametrize("text, place", [
    ("山口县知事村冈嗣政表示欢迎。", "山口县"),
    ("愛知縣今年舉辦亞運會。", "愛知縣"),
])
def test_japans_prefectures_with_their_ending_are_places(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


@pytest.mark.parametrize("text, body", [("杭州亚运会组委会发布通知。", "杭州亚运会组委会")])
def test_an_organising_committee_is_a_body(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_an_organising_committee_named_by_its_kind_is_none() -> None:
    assert _found("赛事组委会发布通知。") == set()


def test_a_body_a_verb_and_a_category_are_a_clause() -> None:
    found = _found("该所与浙江工业大学共建联合研究中心。")
    assert ("浙江工业大学", "ORG") in found
    assert not any(n.startswith("浙江工业大学共建") for n, _ in found)


def test_a_verb_that_is_a_bodys_remit_stays_in_its_name() -> None:
    assert ("联合国禁毒署", "ORG") in _found("联合国禁毒署发布年度报告。")


# counter-examples from the review of the late rules (each failing on the reviewed code)
@pytest.mark.parametrize("text, person", [
    ("记者小林在现场看到了这一幕。", "小林"),
    ("大使山田从北京返回东京。", "山田"),
    ("知事小池还宣布了新措施。", "小池"),
])
def test_a_japanese_surname_after_a_title_takes_no_function_word_into_the_name(text: str, person: str) -> None:
    found = _found(text)
    assert (person, "PERSON") in found
    assert not any(n.startswith(person) and n != person and t == "PERSON" for n, t in found)


@pytest.mark.parametrize("text, name", [
    ("清华大学继续教育学院今年招生。", "清华大学继续教育学院"),
    ("中国科学院控股有限公司发布年报。", "中国科学院控股有限公司"),
])
def test_a_body_a_verb_that_sets_nothing_up_and_an_ending_stay_one_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_an_organising_committee_of_an_unnamed_event_is_none() -> None:
    assert _found("比赛组委会发布通知。") == set()


@pytest.mark.parametrize("text", ["东京都市圈人口超过三千万。", "北京和东京都是国际大都市。"])
def test_du_after_tokyo_is_no_division_unless_a_title_follows(text: str) -> None:
    found = _found(text)
    assert ("东京", "PLACE") in found and ("东京都", "PLACE") not in found


def test_a_body_and_a_city_after_it_is_a_regional_arm() -> None:
    assert ("渣打香港", "ORG") in _found("渣打香港今日宣布加息。")


def test_a_metro_line_numbered_in_chinese_numerals() -> None:
    assert ("杭州地铁一号线", "PLACE") in _found("杭州地铁一号线客流创新高。")


@pytest.mark.parametrize("text, place, chain", [
    ("彰化縣鹿港鎮的老街週末湧入遊客。", "彰化縣鹿港鎮", ("台湾省", "彰化县", "鹿港镇")),
    ("花蓮縣光復鄉的農民開始採收。", "花蓮縣光復鄉", ("台湾省", "花莲县", "光复乡")),
    ("桃園市中壢區的新站即將啟用。", "桃園市中壢區", ("台湾省", "桃园市", "中坜区")),
])
def test_taiwans_townships_are_divisions_under_their_county(text: str, place: str, chain: tuple[str, ...]) -> None:
    found = next(e for e in extract_entities(text) if e.text == place)
    assert found.type == "PLACE" and found.attrs["chain"] == chain


@pytest.mark.parametrize("text", ["三星公司发布新款手机。", "北斗导航系统服务全球用户。", "田中先生和牡丹花都很有名。"])
def test_a_townships_short_form_that_is_a_word_or_another_name_is_no_place(text: str) -> None:
    assert not any(t == "PLACE" for _n, t in _found(text))


@pytest.mark.parametrize("text, office", [
    ("花蓮縣光復鄉公所將發放補助。", "花蓮縣光復鄉公所"),
    ("新北市板橋區公所今日表示將加開服務窗口。", "新北市板橋區公所"),
])
def test_a_townships_office_is_a_body(text: str, office: str) -> None:
    assert (office, "ORG") in _found(text)


def test_an_office_named_by_its_level_alone_is_none() -> None:
    assert _found("鄉公所人員到場協助。") == set()


@pytest.mark.parametrize("text, place", [
    ("宜兴某化工有限公司因违规排放被处罚。", "宜兴"),
    ("江苏某县人民医院的医生说明了情况。", "江苏"),
])
def test_a_body_kept_anonymous_is_no_name_and_the_place_before_it_stays(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "PLACE") in found
    assert not any("某" in n or n.endswith(("公司", "医院")) for n, _t in found)


def test_people_kept_anonymous_are_still_people() -> None:
    assert {("张某", "PERSON"), ("令狐某", "PERSON")} <= _found("张某和令狐某被带走调查。")


@pytest.mark.parametrize("text", ["台湾光复乡土文学座谈会举行。", "打造新城乡村振兴示范带。",
                                  "推动春日乡村游持续升温。", "成功镇压了叛乱。", "阿里山乡村旅游持续升温。"])
def test_a_townships_name_inside_common_words_is_no_place(text: str) -> None:
    assert not any(t == "PLACE" and n.endswith(("乡", "镇", "鄉", "鎮")) for n, t in _found(text))


@pytest.mark.parametrize("text, town", [("南通市通州区金沙镇的农民开始收割。", "南通市通州区金沙镇"),
                                        ("他在四川省凉山州的白沙乡支教。", "白沙乡")])
def test_a_mainland_town_named_as_a_taiwan_township_gets_no_taiwan_chain(text: str, town: str) -> None:
    place = next(e for e in extract_entities(text) if e.text == town)
    assert not {"台湾省", "金门县", "澎湖县"} & set(place.attrs.get("chain") or ())


@pytest.mark.parametrize("text, place", [("桃園縣龜山鄉的居民反映交通問題。", "龜山鄉"),
                                         ("楊梅市的交通壅塞。", "楊梅市")])
def test_taoyuans_towns_before_2014_are_still_places(text: str, place: str) -> None:
    assert any(n.endswith(place) and t == "PLACE" for n, t in _found(text, resources=Resources(use_tagger=False)))


@pytest.mark.parametrize("text", ["他们用于办公所需的设备已经到位。", "小说主人公所处的时代充满动荡。"])
def test_gongsuo_inside_other_words_is_no_office(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, place", [("四川某市第一人民医院收治了伤者。", "四川"),
                                         ("北京某三甲医院的医生说。", "北京")])
def test_a_name_right_after_an_anonymous_place_is_withheld(text: str, place: str) -> None:
    assert _found(text) == {(place, "PLACE")}


@pytest.mark.parametrize("text, company", [
    ("该行也在华东票据登记结算有限责任公司开立了账户。", "华东票据登记结算有限责任公司"),
    ("两家企业向鸿准精密模具股份有限公司供货。", "鸿准精密模具股份有限公司"),
    ("先临精密模具股份有限公司发布公告。", "先临精密模具股份有限公司"),  # 先 an adverb to jieba, 临 no function word
])
def test_a_brand_of_two_single_characters_is_no_adverb_and_preposition(text: str, company: str) -> None:
    """也|在 before a company's name is a clause's adverb and preposition, no brand; 鸿|准 is a brand."""
    orgs = [e.text for e in extract_entities(text) if e.type == "ORG"]
    assert orgs == [company]


@pytest.mark.parametrize("text, name", [
    ("据悉，公孙慕白出席了会议。", "公孙慕白"),
    ("叔孙望川在会上发言。", "叔孙望川"),
    ("會上，歐陽明遠介紹了情況。", "歐陽明遠"),
])
def test_a_person_with_a_surname_of_two_characters_starts_at_the_surname(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_a_title_ending_in_the_first_character_of_a_surname_of_two_stays_a_title() -> None:
    found = _found("副市长孙明远表示，将加快建设。")
    assert ("孙明远", "PERSON") in found and not any(n.endswith("孙明远") and n != "孙明远" for n, _ in found)


@pytest.mark.parametrize("text, names", [
    ("（本报记者 章若溪）近日，省里召开会议。", ["章若溪"]),
    ("会议取得圆满成功。\n【责任编辑：蒋一帆】", ["蒋一帆"]),
    ("新聞稿完。\n編輯：馮雪松、龐博", ["馮雪松", "龐博"]),
    ("（新华社记者韦青山、卢思远）", ["韦青山", "卢思远"]),
])
def test_the_people_of_a_credit_line_are_found_after_a_separator_and_in_a_list(text: str, names: list[str]) -> None:
    found = _found(text)
    assert all((n, "PERSON") in found for n in names)


@pytest.mark.parametrize("text", ["记者近日从省交通厅获悉，新线路开通。", "编辑部主任介绍了情况。"])
def test_a_role_word_in_running_text_credits_no_one(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


def test_a_photographers_mark_is_no_part_of_the_name() -> None:
    found = _found("图为会议现场。（新华社记者韦青山摄）")
    assert ("韦青山", "PERSON") in found and ("韦青山摄", "PERSON") not in found


@pytest.mark.parametrize("text, full", [
    ("奥利弗·蒙塔古曾任董事。据档案记载，蒙塔古对农场经营兴趣浓厚。", "奥利弗·蒙塔古"),
    ("奧利弗·蒙塔古曾任董事。據檔案記載，蒙塔古對農場經營興趣濃厚。", "奧利弗·蒙塔古"),
])
def test_a_part_of_a_foreign_name_named_again_is_the_person(text: str, full: str) -> None:
    assert [e.text for e in extract_entities(text) if e.type == "PERSON"] == [full, "蒙塔古"]


def test_a_name_in_a_books_title_is_not_the_person_named_again() -> None:
    text = "《蒙塔古家书》再版。奥利弗·蒙塔古曾任董事。"
    assert ("蒙塔古", "PERSON") not in _found(text)


@pytest.mark.parametrize("text, name", [
    ("中国（宜宾）国际茶产业博览会今日开幕。", "中国（宜宾）国际茶产业博览会"),
    ("中國（澳門）國際旅遊博覽會下月舉行。", "中國（澳門）國際旅遊博覽會"),
])
def test_a_fair_named_with_a_bracketed_place_holds_it(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("财政部会计司有关负责人表示，将修订准则。", "财政部会计司"),
    ("中国人民银行支付结算司近日发布通知。", "中国人民银行支付结算司"),
    ("商务部对外投资和经济合作司负责人介绍了情况。", "商务部对外投资和经济合作司"),
])
def test_a_ministrys_department_named_by_words_jieba_reads_as_verbs_is_one_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, body", [("财政部支持公司发展。", "财政部"), ("教育部批准设立司法鉴定中心。", "教育部")])
def test_a_ministrys_verb_opens_no_department_of_another_ending(text: str, body: str) -> None:
    found = _found(text)
    assert (body, "ORG") in found and not any(n.startswith(body) and n != body for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("中国陶瓷和卫浴用品协会发布年度报告。", "中国陶瓷和卫浴用品协会"),
    ("台灣機械暨模具工業同業公會今天表示。", "台灣機械暨模具工業同業公會"),
    ("香港印刷及包裝業協會主席致辭。", "香港印刷及包裝業協會"),
])
def test_an_associations_name_may_join_two_trades_with_a_conjunction(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_the_last_item_of_a_list_before_a_conjunction_is_no_part_of_the_name() -> None:
    found = _found("市里有篮球、排球、台球和象棋协会等组织。")
    assert ("象棋协会", "ORG") in found and not any(n.endswith("和象棋协会") for n, _ in found)


@pytest.mark.parametrize("text, body", [
    ("市汽车配件行业协会建议政府加大扶持力度。", "市汽车配件行业协会"),
    ("澳門建築業聯合會建議政府加快審批。", "澳門建築業聯合會"),
])
def test_a_body_advising_the_government_is_not_read_into_its_name(text: str, body: str) -> None:
    found = _found(text)
    assert (body, "ORG") in found and not any(n.endswith("政府") for n, _ in found)


@pytest.mark.parametrize("text, name, type_", [
    ("浦东新区今年新增企业三万家。", "浦东新区", "PLACE"),
    ("天津滨海新区发布招商政策。", "天津滨海新区", "PLACE"),
    ("南京江北新区发布招商政策。", "南京江北新区", "PLATFORM"),
])
def test_a_district_named_like_a_zone_is_a_place_and_a_zone_stays_a_platform(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize("text, name", [
    ("中華民國保險商業同業公會全國聯合會今日發布聲明。", "中華民國保險商業同業公會全國聯合會"),
    ("省汽车流通协会联合会召开年会。", "省汽车流通协会联合会"),
])
def test_a_federation_named_after_its_member_body_is_one_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("获奖企业包括贵州恒达建材有限公司、北新建材（贵阳）有限公司、中化云岭有限公司。", "北新建材（贵阳）有限公司"),
    ("名单有昆明华远电缆有限公司、中化云龙有限公司、云南多宝电缆集团股份有限公司。", "中化云龙有限公司"),
])
def test_a_company_in_a_list_of_companies_is_the_whole_item(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("东莞市规划和自然资源局发布公告。", "东莞市规划和自然资源局"),
    ("市规划和自然资源局有关负责人表示。", "市规划和自然资源局"),
])
def test_a_bureau_named_by_its_remits_set_phrase_is_one_name(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "ORG") in found and not any(t == "POLICY" for _, t in found)


def test_a_bureau_opened_by_all_the_citys_is_no_name() -> None:
    assert _found("全市自然资源局系统开展专项整治。") == set()


@pytest.mark.parametrize("text, name", [
    ("香港禮品展今日在灣仔開幕。", "香港禮品展"),
    ("第十届深圳国际家具展吸引十万人次。", "深圳国际家具展"),
])
def test_a_fair_named_by_its_place_and_goods_with_the_ending_zhan_is_an_event(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)


@pytest.mark.parametrize("text", ["项目取得新进展。", "全县开展专项整治。", "他举办了个人书画展。"])
def test_zhan_ending_other_words_or_a_show_named_by_no_proper_noun_is_no_event(text: str) -> None:
    assert not any(t == "EVENT" for _, t in _found(text))


def test_a_word_ending_in_zhan_before_a_conjunction_does_not_split_a_research_bodys_name() -> None:
    assert ("浙江大学区域发展与规划研究院", "ORG") in _found("浙江大学区域发展与规划研究院发布报告。")


@pytest.mark.parametrize("text, company, place", [
    ("聯發科新加坡廠明年投產。", "聯發科", "新加坡"),
    ("鸿海印度新厂开始量产。", "鸿海", "印度"),
    ("鸿海决定到墨西哥设厂。", "鸿海", "墨西哥"),
])
def test_a_companys_plant_named_by_its_place_gives_the_company_and_the_place(text: str, company: str,
                                                                            place: str) -> None:
    found = _found(text)
    assert (company, "ORG") in found and (place, "PLACE") in found
    assert not any(n.endswith(("廠", "厂")) for n, _ in found)


@pytest.mark.parametrize("text, name, type_", [
    ("长三角新能源汽车产业联盟今日成立。", "长三角新能源汽车产业联盟", "ORG"),
    ("第十届中国仪器仪表学术年会在杭州召开。", "中国仪器仪表学术年会", "EVENT"),
    ("南斯拉夫联盟总统当天表示。", "南斯拉夫联盟", "PLACE"),
])
def test_alliances_and_annual_meetings_named_by_a_proper_noun(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize("text", ["两家企业结成战略联盟。", "公司年会定于周五举行。"])
def test_an_alliance_or_an_annual_meeting_named_by_no_proper_noun_is_no_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, name, type_", [
    ("芬兰“一带一路”研究所所长介绍。", "芬兰“一带一路”研究所", "ORG"),
    ("為落實臺中市“十四五”時期產業發展規劃，市府召開會議。", "臺中市“十四五”時期產業發展規劃", "POLICY"),
])
def test_a_name_may_hold_a_quoted_slogan_after_its_place(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _found(text)


@pytest.mark.parametrize("text", ["他说“一带一路”研究院办得很好。", "部分“快招”公司存在虚假宣传。"])
def test_a_quoted_slogan_after_no_proper_noun_opens_no_name(text: str) -> None:
    assert not any(n.startswith("“") or "”" in n for n, _ in _found(text))


@pytest.mark.parametrize("text, name", [
    ("在县委的统一部署下，全县开展整治。", "县委"),
    ("镇党委书记章明远介绍了情况。", "镇党委"),
    ("丽水市委召开专题会议。", "丽水市委"),
    ("在縣委的部署下，全縣推進整治。", "縣委"),
])
def test_a_party_committee_named_by_a_level_word_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["城市委托第三方评估。", "超市委派专人负责。"])
def test_a_level_character_and_wei_inside_other_words_name_no_committee(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize("text, name", [
    ("工党领袖当天发表讲话，称将推动改革。", "工党"),
    ("DeepMind發布了新的模型。", "DeepMind"),
])
def test_foreign_parties_and_companies_known_by_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_the_democratic_parties_of_china_are_no_party_named_democratic() -> None:
    assert ("民主党", "ORG") not in _found("各民主党派负责人出席座谈会。")


def test_a_national_award_named_by_a_field_is_an_award() -> None:
    assert ("国家产业创新奖", "AWARD") in _found("该企业获评国家产业创新奖。")


@pytest.mark.parametrize("text", ["习近平总书记强调，要坚持稳中求进。", "學習習近平講話精神。"])
def test_the_states_leaders_are_people_wherever_the_tagger_misses_them(text: str) -> None:
    assert any(n in ("习近平", "習近平") and t == "PERSON" for n, t in _found(text))


def test_a_name_the_tagger_reads_as_a_place_is_the_person_the_text_names_elsewhere() -> None:
    text = "据悉，奥利弗·阿克拉姆曾任董事。在阿克拉姆成年之前，家族已经拥有农场。"
    found = _found(text)
    assert ("阿克拉姆", "PERSON") in found and ("阿克拉姆", "PLACE") not in found


def test_a_fair_the_tagger_reads_as_a_body_is_an_event() -> None:
    assert ("香港國際珠寶展", "EVENT") in _found("香港國際珠寶展今日開幕。")


def test_a_bank_whose_name_ends_in_fazhan_is_no_fair() -> None:
    assert not any(t == "EVENT" for _, t in _found("深发展最新推出信用卡。"))


@pytest.mark.parametrize("text, name", [
    ("台灣區紙漿製造工業同業公會今天表示。", "台灣區紙漿製造工業同業公會"),
    ("台灣區機器人製造工業同業公會今天表示。", "台灣區機器人製造工業同業公會"),
    ("中華民國電影製片暨發行商業同業公會今天表示。", "中華民國電影製片暨發行商業同業公會"),
])
def test_a_taiwan_trade_association_is_named_from_its_regions_opener(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_an_opener_before_a_clause_makes_no_association_name() -> None:
    assert not any(n.startswith("台湾区") for n, _ in _found("台湾区厂商纷纷加入同业公会。"))


@pytest.mark.parametrize("text, name", [
    ("江南大学轻工过程工程与装备学院院长介绍。", "江南大学轻工过程工程与装备学院"),
    ("东莞市规划和自然资源局发布公告。", "东莞市规划和自然资源局"),
])
def test_a_plans_or_programmes_ending_before_a_conjunction_and_a_bodys_ending_is_a_remit(text: str,
                                                                                        name: str) -> None:
    found = _found(text)
    assert (name, "ORG") in found and not any(t in ("PROGRAMME", "POLICY") for _, t in found)


def test_a_programme_and_a_national_body_after_a_conjunction_stay_two_names() -> None:
    found = _found("项目获得国家重点研发计划和国家自然科学基金委员会资助。")
    assert ("国家重点研发计划", "PROGRAMME") in found and ("国家自然科学基金委员会", "ORG") in found


def test_the_verb_of_receiving_an_award_is_no_part_of_it() -> None:
    found = _found("該公司獲頒香港環保卓越獎。")
    assert ("香港環保卓越獎", "AWARD") in found and not any(n.startswith("獲頒") for n, _ in found)


@pytest.mark.parametrize("text, name", [
    ("太行山区的乡村振兴成效明显。", "太行山区"),
    ("秦巴山區的茶葉遠銷海外。", "秦巴山區"),
])
def test_a_mountain_region_named_by_its_range_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["贫困山区的孩子有了新校舍。", "位于北京石景山区的中学开学了。"])
def test_a_mountain_region_needs_a_proper_name_and_no_district_holds_it(text: str) -> None:
    assert not any(n.endswith("山区") and not n.endswith("石景山区") for n, _ in _found(text))
    assert not any(n == "北京石景" for n, _ in _found(text))


@pytest.mark.parametrize("text, name", [
    ("企业位于浙江省杭州市萧山区瓜沥镇。", "浙江省杭州市萧山区瓜沥镇"),
    ("活动在南京市江宁区秣陵街道举行。", "南京市江宁区秣陵街道"),
    ("企业位于保山市隆阳区芒宽乡。", "保山市隆阳区芒宽乡"),
])
def test_a_township_named_after_its_county_joins_the_chain(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["福建省著名侨乡莆田县发展多种经营。", "萧山区乡镇企业发展迅速。"])
def test_a_description_after_a_division_is_no_township(text: str) -> None:
    assert not any(n.endswith(("侨乡", "乡镇")) for n, _ in _found(text))


# what a reviewer found the session's rules did wrongly, each kept as a test (from our own sentences)
@pytest.mark.parametrize("text, absent", [
    ("记者王芳说，今年的粮食产量创新高。", "王芳说"),
    ("來自廣東方曉介紹了情況。", "東方曉"),
    ("他的外公孙建国年轻时当过兵。", "公孙建国"),
    ("华为也在现场布展。", "现场布展"),
    ("台湾与美国结成半导体联盟。", "美国结成半导体联盟"),
    ("阿里巴巴年会上公布了新战略。", "阿里巴巴年会"),
    ("民主党派成员积极建言献策。", "民主党"),
    ("外交部召集司局长开会。", "外交部召集司"),
])
def test_a_rule_of_the_session_does_not_reach_where_a_reviewer_found_it_did(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}


def test_a_place_named_by_a_person_elsewhere_stays_a_place() -> None:
    found = [(e.text, e.type) for e in extract_entities("社区主任武威介绍，武威是河西走廊的重镇。")]
    assert found.count(("武威", "PERSON")) <= 1


@pytest.mark.parametrize("text, names", [
    ("他参与了嫦娥工程和中国科学院空间中心的合作。", ["嫦娥工程", "中国科学院空间中心"]),
    ("南水北调工程和水利部长江水利委员会共同实施。", ["南水北调工程"]),
])
def test_a_programme_before_a_conjunction_and_a_known_body_stays(text: str, names: list[str]) -> None:
    found = {n for n, _ in _found(text)}
    assert all(n in found for n in names)


@pytest.mark.parametrize("text, absent", [
    ("各县委、县政府负责人参加。", "县委"),
    ("全市人民医院都参加了培训。", "市人民医院"),
])
def test_a_body_after_or_inside_an_each_word_is_every_body_of_the_kind(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}


@pytest.mark.parametrize("text, body", [("今年两会上，人大代表提出建议。", "人大"), ("他是政協委員。", "政協")])
def test_a_body_known_by_its_short_form_runs_on_into_its_members_title(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text, name", [
    ("1985年杭州越剧团成立时，他入团工作。", "杭州越剧团"),
    ("中國昆劇藝術團來訪。", "中國昆劇藝術團"),
])
def test_a_troupe_named_by_its_place_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["孩子们参加了学校的合唱团。", "紧紧围绕市委中心工作，团结引领各界。"])
def test_a_troupe_of_no_name_and_a_central_work_are_no_names(text: str) -> None:
    assert not any(n.endswith(("合唱团", "中心")) for n, _ in _found(text))


def test_a_centres_staff_keep_the_centre() -> None:
    assert ("杭州市数据资源管理中心", "ORG") in _found("杭州市数据资源管理中心工作人员介绍。")


def test_a_programmes_ending_before_a_teams_word_is_no_programme() -> None:
    assert not any(t == "PROGRAMME" for _, t in _found("市疫情防控指挥部学校专项组将赴各区抽查。"))


@pytest.mark.parametrize("text, name", [
    ("正式设立武夷山国家公园。", "武夷山国家公园"),
    ("西溪国家湿地公园游客增多。", "西溪国家湿地公园"),
])
def test_a_national_park_is_a_place(text: str, name: str) -> None:
    assert (name, "PLACE") in _found(text)


def test_half_a_works_title_stands_in_no_name() -> None:
    assert not any("》" in n or "《" in n for n, _ in _found("《中华大典》编纂委员会成立。"))


def test_an_organisation_the_tagger_reads_across_de_is_a_phrase() -> None:
    assert not any("的" in n for n, _ in _found("她接手的是当时杭州十四中的合唱团。"))


@pytest.mark.parametrize("text, name", [
    ("財團法人精密機械暨智慧製造研究發展中心發布報告。", "財團法人精密機械暨智慧製造研究發展中心"),
    ("社團法人臺灣機械暨設備協會今天表示。", "社團法人臺灣機械暨設備協會"),
])
def test_a_foundations_legal_form_opens_its_registered_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


# what a second reviewer found the later rules did wrongly, kept as tests (our own sentences)
@pytest.mark.parametrize("text, name", [
    ("国家气象中心工作报告显示，今年降水偏多。", "国家气象中心"),
    ("南水北调工程组织实施顺利。", "南水北调工程"),
    ("中華民國政府與商業同業公會協商。", "中華民國政府"),
    ("沂蒙山区的乳业发展很快。", "沂蒙山区"),
])
def test_a_name_the_later_rules_must_not_lose(text: str, name: str) -> None:
    assert name in {n for n, _ in _found(text)}


@pytest.mark.parametrize("text, absent", [
    ("萧山区重点镇建设加快。", "萧山区重点镇"),
    ("浙江山区群众增收。", "浙江山区"),
    ("浙江省湿地公园数量增加。", "浙江省湿地公园"),
    ("上海业余合唱团数量增长。", "上海业余合唱团"),
    ("大熊猫国家公园四川片区揭牌。", "大熊猫国家公园四川片区"),
])
def test_a_kind_after_a_division_is_no_name(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}


def test_democrats_sending_candidates_are_a_party() -> None:
    assert ("民主党", "ORG") in _found("民主党派出三名候选人参选。")


@pytest.mark.parametrize("text, name", [
    ("他毕业于石家庄二中，后考入大学。", "石家庄二中"),
    ("她在郑州四中的合唱团任教。", "郑州四中"),
])
def test_a_school_named_by_its_city_and_number_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_plenary_session_is_no_school() -> None:
    assert _found("党的十九届四中全会作出决定。") == set()


@pytest.mark.parametrize("text, name", [
    ("监管部门依据《茶叶分级》开展抽检。", "茶叶分级"),
    ("企业正对照《儿童滑板车》系列国家标准改进设计。", "儿童滑板车"),
    ("根據第3/2021號法律《電子支付制度》，商戶須登記。", "電子支付制度"),
    ("为落实《关于持久性有机污染物的斯德哥尔摩公约》的要求。", "关于持久性有机污染物的斯德哥尔摩公约"),
    ("根據《建築物能源效益（一般）規例》，業主須提交報告。", "建築物能源效益（一般）規例"),
])
def test_a_rule_cited_in_book_marks_without_a_documents_ending_is_a_policy(text: str, name: str) -> None:
    assert (name, "POLICY") in _found(text)


@pytest.mark.parametrize("text", ["按照《三国演义》里的说法，他是个英雄。", "他在读《红楼梦》。"])
def test_a_book_cited_is_no_policy(text: str) -> None:
    assert not any(t == "POLICY" for _, t in _found(text))


@pytest.mark.parametrize("text, name", [
    ("今天上午，政协巴彦淖尔市第五届委员会第一次会议隆重开幕。", "政协巴彦淖尔市第五届委员会"),
    ("中国共产党巴彦淖尔市第五届委员会第一次全体会议召开。", "中国共产党巴彦淖尔市第五届委员会"),
    ("政协天津市和平区第十七届委员会第二次会议开幕。", "政协天津市和平区第十七届委员会"),
    ("政协福建省泉州市丰泽区第十届委员会第二次会议开幕。", "政协福建省泉州市丰泽区第十届委员会"),
])
def test_a_national_bodys_committee_in_a_place_is_one_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_delegation_reviewing_the_governments_report_is_no_government() -> None:
    found = _found("江苏代表团全体会议审议政府工作报告。")
    assert not any(n.endswith("政府") for n, _ in found)
    assert ("巴勒斯坦自治政府", "ORG") in _found("巴勒斯坦自治政府主席发表讲话。")


def test_a_broadcasters_channel_is_part_of_its_name() -> None:
    assert ("湖南电视台都市频道", "ORG") in _found("该片昨晚在湖南电视台都市频道播出。")


@pytest.mark.parametrize("text, body", [("中央电视台所有频道将直播开幕式。", "中央电视台"),
                                        ("中央电视台旗下所有频道将直播开幕式。", "中央电视台"),
                                        ("华为公司频道今天上线。", "华为公司")])
def test_a_kind_of_channel_or_a_channel_of_no_broadcaster_is_no_part_of_the_name(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_a_division_jieba_reads_as_a_verb_keeps_its_government() -> None:
    assert ("开封市政府", "ORG") in _found("开封市政府发布通知，明天起恢复通行。")


@pytest.mark.parametrize("text", ["广州市人大代表质询区政府。", "杭州市民起诉区政府，要求赔偿。"])
def test_a_verb_before_a_level_words_government_ends_the_name(text: str) -> None:
    assert not any(n.endswith("政府") for n, _ in _found(text))


@pytest.mark.parametrize("text, absent", [("这家日本公司的销售额下降了。", "日本公司"),
                                          ("一家英国公司收购了这座工厂。", "英国公司")])
def test_a_company_named_by_its_country_alone_is_no_name(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}
    assert ("美国银行", "ORG") in _found("美国银行发布季度报告。")


@pytest.mark.parametrize("text, name", [
    ("台灣基進今天召開記者會。", "台灣基進"),
    ("东芝相继宣布退出该业务。", "东芝"),
    ("联合利华在华新建一座工厂。", "联合利华"),
    ("世邦魏理仕的报告显示，写字楼空置率上升。", "世邦魏理仕"),
    ("毕马威与德勤均下调了增长预期。", "毕马威"),
    ("嘉吉在当地新建一座油籽加工厂。", "嘉吉"),
    ("光寶與義美今天宣布合作。", "光寶"),
    ("国际铜业研究小组预计，明年供应过剩。", "国际铜业研究小组"),
    ("IETF和W3C将联合发布新标准。", "W3C"),
])
def test_parties_and_companies_named_bare_are_known(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["凝聚新时代力量，奋进新征程。", "入夏以来，初夏普降暴雨。", "加快发展现代汽车产业。",
                                  "祝大家平安永远幸福。", "他品德勤劳朴实。", "车辆到达能力上限。"])
def test_a_companys_name_across_words_is_none(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


def test_a_kinds_word_alone_is_no_organisation() -> None:
    assert not any(t == "ORG" for _, t in _found("公司董事王建国表示，订单仍在增长。"))
    assert ("现代", "ORG") in _found("韩国企业包括现代、三星、大宇等。")


@pytest.mark.parametrize("text", ["北湖钢铁行业协会今天发布数据。协会副秘书长王建国表示，产能仍在增长。",
                                  "臨江市商會舉辦年會。商會會長林文雄說，會員增加兩成。"])
def test_a_bodys_ending_alone_after_its_name_is_no_organisation(text: str) -> None:
    assert not any(t == "ORG" and n in ("协会", "商會") for n, t in _found(text))


def test_the_brackets_around_a_name_the_tagger_read_are_none_of_it() -> None:
    names = {n for n, _ in _found("美国汉学家史华慈教授（ＢｅｎｊａｍｉｎＳｃｈｗａｒｔｚ）作了报告。")}
    assert "ＢｅｎｊａｍｉｎＳｃｈｗａｒｔｚ" in names
    assert not any(n.startswith("（") for n in names)


def test_a_pseudonym_the_text_marks_is_a_person_named_again() -> None:
    text = "9岁的小芳（化名）在镇上读书。去年小芳转学到县城，小芳的外婆说她很懂事。"
    assert [e.text for e in extract_entities(text) if e.type == "PERSON"] == ["小芳"] * 3
    assert [e.text for e in extract_entities("网友“大熊”（化名）说，大熊已经报警。")] == ["大熊", "大熊"]


@pytest.mark.parametrize("text", ["陈女士（化名）告诉记者，她已报警。", "阿姨（化名）告诉记者，这里的阿姨都很忙。",
                                  "她的女儿（化名）告诉记者，她已报警。", "明明（化名）今年8岁。他明明已经交了钱。"])
def test_a_description_or_a_time_word_marked_as_a_pseudonym_is_no_name(text: str) -> None:
    assert not any(t == "PERSON" and n in ("陈女士", "阿姨", "女儿", "明明") for n, t in _found(text))


def test_a_pseudonym_that_is_a_common_word_of_another_kind_is_not_named_again() -> None:
    assert [e.text for e in extract_entities("平安（化名）今年8岁。老师祝大家平安。") if e.type == "PERSON"] == ["平安"]


@pytest.mark.parametrize("text, name", [
    ("（松江网编辑 王芳）", "松江网"),
    ("据北岸在线报道，当天下午两点发生火情。", "北岸在线"),
    ("據東灣網報導，股市今天上漲。", "東灣網"),
    ("來源：東灣網", "東灣網"),
])
def test_a_news_site_crediting_a_report_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", [
    "，嫌犯落网记者从警方获悉，案件仍在侦办。",
    "该软件支持多人协作，文档在线编辑功能已上线。",
    "据当地新闻网报道，道路已经恢复通行。",
    "大会期间，本台将进行全程在线报道。",
    "，逃犯落网记者从警方获悉，案件仍在侦办。",
    "现场的铁丝网记者注意到已经修好。",
    "看守所开通远程在线讯问系统。",
    "互联网记者节当天，记者们聚在一起。",
    "根据互联网消息，航班已取消。",
])
def test_words_of_a_sentence_before_a_credit_word_are_no_site(text: str) -> None:
    assert not any(t == "ORG" and n.endswith(("网", "在线")) for n, t in _found(text))


@pytest.mark.parametrize("text, name", [
    ("据江城商报记者了解，该项目已于上月开工。", "江城商报"),
    ("据北岸新闻报道，当天下午两点发生火情。", "北岸新闻"),
    ("來源：東灣時報", "東灣時報"),
    ("来源：北岸新闻·江城晚报", "北岸新闻·江城晚报"),
    ("据北岸新闻·江城晚报记者了解，道路已恢复通行。", "北岸新闻·江城晚报"),
])
def test_a_paper_or_a_news_app_crediting_a_report_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize("text", [
    "据相关新闻报道，道路已经恢复通行。", "据警方通报，嫌疑人已落网。", "据公司财报显示，营收增长三成。",
    "据新闻记者了解，道路已经恢复通行。",
])
def test_words_of_a_sentence_before_a_papers_credit_are_no_paper(text: str) -> None:
    assert not any(t == "ORG" for _, t in _found(text))


@pytest.mark.parametrize(("text", "body"), [
    ("据中央电视台新闻报道，会议今天开幕。", "中央电视台"), ("。外交部新闻记者会上，发言人表示。", "外交部"),
    ("据外媒纽约时报记者了解，谈判仍在继续。", "纽约时报"),
])
def test_a_bodys_news_a_press_conference_or_a_places_press_is_no_part_of_an_outlet(text: str, body: str) -> None:
    found = _found(text)
    assert (body, "ORG") in found and all(n == body for n, t in found if t == "ORG")


def test_a_preposition_the_tagger_read_into_a_names_end_is_cut_off() -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _before_a_trailing_preposition
    from zhnews.extract._words import segmenter

    res = Resources()
    rules, seg = _rules(res), segmenter(res)
    assert _before_a_trailing_preposition("凯尔特人用一场大胜回应", 0, 5, rules, seg) == 4
    assert _before_a_trailing_preposition("中国在线发布消息", 0, 3, rules, seg) == 3  # 在线 is a word: no cut


@pytest.mark.parametrize("text", ["市長上午視察捷運工程。", "今年地铁工程进展顺利。"])
def test_a_kind_of_works_is_no_programme(text: str) -> None:
    assert not any(t == "PROGRAMME" for _, t in _found(text))


def test_an_award_before_its_gold_grade_is_an_award() -> None:
    assert ("临江专利奖", "AWARD") in _found("油缸技术获得临江专利奖金奖。")
    assert not any(t == "AWARD" for _, t in _found("员工获得奖金奖励。"))


def test_an_editorial_office_is_no_credit() -> None:
    assert not any(t == "ORG" for _, t in _found("大数据新闻编辑部发布报告。"))


@pytest.mark.parametrize("text, name", [("据南湖市公安局通报，嫌疑人已落网。", "南湖市公安局"),
                                        ("据美国纽约时报报道，谈判仍在继续。", "纽约时报")])
def test_a_report_cited_after_a_body_leaves_the_bodys_name_alone(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)
    assert not any(n.endswith(("通报", "时报")) and n != name for n, _ in _found(text))


def test_a_name_whose_surname_is_a_preposition_is_found_before_a_speech_verb() -> None:
    text = "出狱当天，于淼说，他想先回家看看。法院当年判处于淼有期徒刑五年。"
    assert [e.text for e in extract_entities(text) if e.type == "PERSON"] == ["于淼", "于淼"]


@pytest.mark.parametrize("text", [
    "对此，欧方表示，欧方代表还将访华。",
    "他走上前，向她表示感谢。随后他又向她说明情况。",
    "对此，于总说，于总此前已经表态。",
    "唯其真实，才可称为精神化石。",
])
def test_words_before_a_speech_verb_are_no_speaker(text: str) -> None:
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize("text", ["時代力量立委今天召開記者會。", "民進黨、時代力量及台灣民眾黨都表態支持。"])
def test_a_party_named_by_a_phrase_is_found_where_a_party_is_spoken_of(text: str) -> None:
    assert ("時代力量", "ORG") in _found(text)


@pytest.mark.parametrize("text", ["汇聚新时代力量党员先锋作用。", "这是时代力量和共青团的共同使命。",
                                  "展现新時代力量黨員風采。"])
def test_the_phrase_a_party_is_named_by_is_no_party(text: str) -> None:
    assert not any(n in ("时代力量", "時代力量") for n, _ in _found(text))


@pytest.mark.parametrize("text, name", [
    ("全面落实自治区第十一次党代会精神。", "自治区第十一次党代会"),
    ("乌兰察布市第五次党代会今天开幕。", "乌兰察布市第五次党代会"),
])
def test_a_numbered_party_congress_with_its_level_or_place_is_one_event(text: str, name: str) -> None:
    assert (name, "EVENT") in _found(text)
    assert not any(t == "EVENT" for _, t in _found("第五次党代会以来，各项工作扎实推进。"))


@pytest.mark.parametrize("text, absent", [("恩施州第八次党代会今天开幕。", "州第八次党代会"),
                                          ("郑州高新区第三次党代会召开。", "区第三次党代会")])
def test_a_level_character_ending_a_name_opens_no_party_congress(text: str, absent: str) -> None:
    assert absent not in {n for n, _ in _found(text)}


def test_a_verb_before_a_latin_name_is_no_part_of_it() -> None:
    assert ("Maple国家公园", "PLACE") in _found("周末不少游客光临Maple国家公园观光。")


@pytest.mark.parametrize(("text", "names"), [
    ("峰会前夕，普京、莫迪和埃尔多安先后抵达。", ("普京", "莫迪", "埃尔多安")),
    ("特朗普政府宣布，蓬佩奥将于下月出访。", ("特朗普", "蓬佩奥")),
    ("财长耶伦与鲍威尔同日发言。", ("耶伦", "鲍威尔")),
    ("據報導，普丁與川普會談，梅克爾與馬克宏未置評。", ("普丁", "川普", "梅克爾", "馬克宏")),
    ("前特首林鄭月娥出席典禮。", ("林鄭月娥",)),
    ("会后，高市早苗对记者发表讲话。", ("高市早苗",)),
])
def test_people_the_news_names_abroad_are_people(text: str, names: tuple[str, ...]) -> None:
    found = _found(text)
    for name in names:
        assert (name, "PERSON") in found


@pytest.mark.parametrize(("text", "place"), [
    ("议会在斯特拉斯堡召开全会。", "斯特拉斯堡"),
    ("这艘船停靠在库克群岛。", "库克群岛"),
])
def test_a_longer_place_holding_a_known_persons_name_stays_a_place(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


def test_a_known_company_ends_before_the_verb_the_tagger_ran_it_into() -> None:
    found = _found("字节跳动、美团、拼多多和京东加大人工智能投入，科大讯飞推出星火大模型。")
    assert ("京东", "ORG") in found and not any(n.startswith("京东加") for n, _t in found)


@pytest.mark.parametrize(("text", "places"), [
    ("我想美国加拿大这方面的制度更完善。", ("美国", "加拿大")),
    ("日本韩国的车企也来参展。", ("日本", "韩国")),
    ("英國法國德國的代表均出席。", ("英國", "法國", "德國")),
])
def test_countries_written_one_after_another_are_each_a_place(text: str, places: tuple[str, ...]) -> None:
    found = _found(text)
    assert all((p, "PLACE") in found for p in places)


@pytest.mark.parametrize(("text", "chain"), [("这家美国加州的企业扩产。", "美国加州"),
                                             ("中国台湾的企业参展。", "中国台湾")])
def test_a_country_and_a_place_in_it_stay_one_chain(text: str, chain: str) -> None:
    assert (chain, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "firms"), [
    ("雪佛龙与埃克森美孚宣布合作，英国石油未置评。", ("雪佛龙", "埃克森美孚", "英国石油")),
    ("日本製鐵收購案引發關注，科林研發與東京威力科創也受影響。", ("日本製鐵", "科林研發", "東京威力科創")),
])
def test_foreign_firms_the_news_names_most_are_organisations(text: str, firms: tuple[str, ...]) -> None:
    found = _found(text)
    assert all((f, "ORG") in found for f in firms)


@pytest.mark.parametrize("text", ["该基金的夏普比率较高。", "甲骨文研究取得新进展。"])
def test_a_firms_name_that_is_a_common_word_is_no_organisation_alone(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "parent", "unit"), [
    ("上海证券交易所旗下上证所信息网络有限公司发布数据。", "上海证券交易所", "上证所信息网络有限公司"),
    ("新加坡交易所旗下新加坡衍生品结算有限公司公布数据。", "新加坡交易所", "新加坡衍生品结算有限公司"),
])
def test_a_parent_and_its_unit_joined_by_an_ownership_word_are_two_names(text: str, parent: str, unit: str) -> None:
    found = _found(text)
    assert (parent, "ORG") in found and (unit, "ORG") in found


def test_a_verb_before_a_known_name_is_no_part_of_the_body_it_opens() -> None:
    found = _found("该模型主要使用数码港人工智能超算中心的算力。")
    assert ("数码港人工智能超算中心", "ORG") in found


@pytest.mark.parametrize(("text", "firm"), [
    ("奇沛董事長林志明表示，營收將成長。", "奇沛"),
    ("据悉，岚拓创始人兼总裁周启明指出，新品下月上市。", "岚拓"),
])
def test_a_short_name_before_a_firms_head_and_the_holder_is_a_firm(text: str, firm: str) -> None:
    found = _found(text)
    assert (firm, "ORG") in found and (firm, "PERSON") not in found


@pytest.mark.parametrize("text", ["该公司董事长张明表示，业绩向好。", "据市场总经理王兆祥介绍，客流回升。",
                                  "华为轮值董事长徐直军表示，投入加大。"])
def test_no_firm_is_read_from_words_before_a_head_that_name_none(text: str) -> None:
    assert not any(t == "ORG" and n not in ("华为",) for n, t in _found(text))


@pytest.mark.parametrize(("text", "place"), [
    ("台中的封装厂明年扩产。", "台中"),
    ("来自台湾南投、嘉义等地的茶商齐聚一堂。", "台湾南投"),
    ("這家廠商將在苗栗設立新廠。", "苗栗"),
])
def test_taiwans_cities_and_counties_are_places_where_jieba_files_them_as_other_words(text: str, place: str) -> None:
    assert (place, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["一台中型机器运抵工地。", "海南离岛免税购物额创新高。", "平台中的数据需脱敏。"])
def test_a_short_name_inside_other_words_is_no_place(text: str) -> None:
    assert not any(n in ("台中", "离岛") for n, _t in _found(text))


def test_a_firms_name_ends_before_a_clause_it_opens_with_a_preposition() -> None:
    found = _found("美光在台中设厂，预计明年投产。")
    assert ("美光", "ORG") in found and ("台中", "PLACE") in found


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("沪港通与深港通开通以来，港股通成交持续活跃。", "港股通", "PROGRAMME"),
    ("「債券通」南向通運作順暢。", "債券通", "PROGRAMME"),
    ("中國大陸市場需求回升。", "中國大陸", "PLACE"),
    ("这家车企计划在德累斯顿和图卢兹设立研发中心。", "德累斯顿", "PLACE"),
    ("該廠位於馬來西亞檳城。", "馬來西亞檳城", "PLACE"),
])
def test_connect_schemes_the_mainland_and_plant_cities_abroad_are_known(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


@pytest.mark.parametrize(("vt", "a", "inside"), [("其中宁德时代占比过半", 1, True), ("其中宁德时代占比过半", 2, False)])
def test_a_span_that_opens_with_the_last_character_of_a_word_opens_inside_it(vt: str, a: int, inside: bool) -> None:
    from zhnews.extract._entity_tagged import _opens_inside_a_word
    from zhnews.extract._words import segmenter
    from zhnews.resources import default_resources

    assert _opens_inside_a_word(vt, a, segmenter(default_resources())) is inside


def test_a_clause_after_a_firms_name_is_no_part_of_it() -> None:
    from zhnews.extract._entity_data import _rules
    from zhnews.extract._entity_tagged import _end_of_known_name
    from zhnews.extract._words import segmenter
    from zhnews.resources import default_resources

    res = default_resources()
    vt = "美光在台中设厂"
    assert _end_of_known_name(vt, 2, 7, segmenter(res), _rules(res), known_org=True) == 2
    assert _end_of_known_name("英国在台办事处", 2, 7, segmenter(res), _rules(res)) == 7


@pytest.mark.parametrize(("text", "firm"), [
    ("群聯與慧榮昨日公布營收，旺宏同步走揚。", "慧榮"),
    ("光模块龙头中际旭创与天孚通信股价齐涨。", "天孚通信"),
])
def test_listed_chip_and_optical_firms_named_bare_are_known(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


def test_a_development_centre_is_an_organisation_not_a_lab() -> None:
    found = _found("浙江丝绸科技研发中心今天揭牌。")
    assert ("浙江丝绸科技研发中心", "ORG") in found


@pytest.mark.parametrize(("text", "fund"), [
    ("該計畫獲澳門科學技術發展基金資助。", "澳門科學技術發展基金"),
    ("项目获得省科技基金支持。", None),
    ("该项目获浙江省文化产业发展基金资助。", "浙江省文化产业发展基金"),
])
def test_a_development_fund_is_a_programme(text: str, fund: str | None) -> None:
    found = _found(text)
    if fund is None:  # 省科技基金: a level word and the kind name nothing
        assert not any(t == "PROGRAMME" for _n, t in found)
    else:
        assert (fund, "PROGRAMME") in found


def test_a_co_heads_title_is_no_part_of_the_firms_name() -> None:
    found = _found("會中，嵐拓共同總經理周啟明表示，訂單回溫。")
    assert not any(n.endswith("共同") for n, _t in found)


@pytest.mark.parametrize("text", ["会上，上市公司董事长张三表示。", "会上，大中华区总裁王建国表示。",
                                  "当天下午董事长王建国表示。", "會中董事長王建國表示。",
                                  "会上，龙头企业董事长张三说。", "药企董事长张三说。"])
def test_words_of_a_kind_or_a_time_before_a_heads_title_name_no_firm(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "chain"), [("特朗普再次提出要购买丹麦格陵兰岛。", "丹麦格陵兰"),
                                             ("美國關島基地擴建。", "美國關島")])
def test_a_country_and_its_dependency_stay_one_chain(text: str, chain: str) -> None:
    assert (chain, "PLACE") in _found(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("东数西算工程在西北宁夏布局枢纽节点。", "宁夏"),
    ("我们需要反思科技发展带来的问题。", None),
    ("各地努力拓宽就业渠道。", None),
    ("首都灵活就业人员增多。", None),
])
def test_a_known_short_name_inside_a_common_phrase_is_none(text: str, kept: str | None) -> None:
    found = _found(text)
    assert not any(t in ("ORG", "PERSON") for _n, t in found)
    if kept is not None:
        assert (kept, "PLACE") in found


@pytest.mark.parametrize("text", ["该区设立规模50亿元的乡村振兴发展基金。", "企业可申请新兴产业发展基金。"])
def test_a_kind_of_fund_is_no_programme(text: str) -> None:
    assert not any(t == "PROGRAMME" for _n, t in _found(text))


@pytest.mark.parametrize("text", ["京东方营收增长。", "华邦电营运表现优于预期。"])
def test_a_known_firms_name_ends_before_what_it_reports(text: str) -> None:
    found = _found(text)
    assert found in ({("京东方", "ORG")}, {("华邦电", "ORG")})


@pytest.mark.parametrize(("text", "body"), [
    ("日本财务省公布贸易数据。", "日本财务省"),
    ("日本經濟產業省宣布補助半導體業者。", "日本經濟產業省"),
    ("会后，经济产业省官员介绍了细则。", "经济产业省"),
])
def test_japans_ministries_are_bodies_though_a_province_ends_with_the_same_word(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "firm"), [("会上，京东方技术总监王建国介绍了新产品。", "京东方"),
                                          ("华邦电财务总监李明说，营收将回升。", "华邦电")])
def test_the_field_of_a_title_after_a_known_firm_is_no_part_of_its_name(text: str, firm: str) -> None:
    found = _found(text)
    assert (firm, "ORG") in found and not any(t == "ORG" and n != firm for n, t in found)


@pytest.mark.parametrize("text", ["会上，中国人民解放军总政治部主任作了讲话。", "会上，某某大学历史系主任作了发言。"])
def test_a_unit_before_a_title_stays_with_its_body(text: str) -> None:
    assert not any(n in ("中国人民解放军", "某某大学") for n, _t in _found(text))


@pytest.mark.parametrize(("text", "firm"), [
    ("公告显示，深圳前海微众银行股份有限公司将增资。", "深圳前海微众银行股份有限公司"),
    ("公告显示，江苏恒立液压股份有限公司拟回购股份。", "江苏恒立液压股份有限公司"),
])
def test_a_registered_name_keeps_its_place_though_the_firm_is_known_by_its_short_name(text: str, firm: str) -> None:
    assert (firm, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "firms"), [("盐野义和优时比的新药已获批。", ["盐野义", "优时比"]),
                                           ("赛灵思与莱迪思发布新款芯片。", ["赛灵思", "莱迪思"]),
                                           ("五十铃在泰国扩建工厂。", ["五十铃"])])
def test_foreign_firms_by_their_chinese_names_are_firms(text: str, firms: list[str]) -> None:
    found = _found(text)
    assert all((firm, "ORG") in found for firm in firms) and not any(t == "PERSON" for _n, t in found)


@pytest.mark.parametrize(("text", "body"), [("国家药监局审评与检查局副局长表示。", "国家药监局审评与检查局"),
                                          ("商务部安全与管制局负责人答记者问。", "商务部安全与管制局"),
                                          ("美国海关及边境保护局公布新规。", "美国海关及边境保护局")])
def test_two_remits_joined_after_a_known_name_are_one_units_name(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "bodies"), [("北京移动与深圳华为公司通力合作。", ["深圳华为公司"]),
                                            ("交通银行上海分行及宁波银行发布公告。", ["交通银行上海分行", "宁波银行"])])
def test_a_conjunction_before_a_second_name_joins_two_bodies(text: str, bodies: list[str]) -> None:
    found = _found(text)
    assert all((body, "ORG") in found for body in bodies) and not any("与" in n or "及" in n for n, _t in found)


@pytest.mark.parametrize(("text", "bodies"), [
    ("特斯拉否认与消费者保护委员会存在分歧。", ["特斯拉", "消费者保护委员会"]),
    ("比亚迪回应与消费者协会的纠纷。", ["比亚迪", "消费者协会"]),
])
def test_a_verb_between_a_firm_and_a_conjunction_is_its_predicate_not_a_remit(text: str, bodies: list[str]) -> None:
    found = _found(text)
    assert all((body, "ORG") in found for body in bodies) and not any("与" in n for n, _t in found)


@pytest.mark.parametrize(("text", "body"), [("央视财经记者王丽报道。", "央视财经"),
                                          ("网易游戏总裁表示将加大投入。", "网易游戏")])
def test_a_line_of_business_before_a_title_stays_in_the_name(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["提醒大家保险起见多带件外套。", "一台巨大机械臂正在作业。", "黄沙钢筋市场价格回落。"])
def test_common_words_that_spell_a_firms_name_in_prose_are_no_firm(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "place"), [("公司表示，高雄厂将投资10亿元扩产。", "高雄"),
                                           ("外滩和黄浦江畔的陆家嘴金融城吸引游客。", "黄浦江"),
                                           ("新天地和黄浦江畔的北外滩都有新店开业。", "黄浦江")])
def test_a_plant_or_a_side_after_a_place_is_no_part_of_its_name(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "PLACE") in found and not any(n.startswith(place) and n != place for n, _t in found)


def test_a_factory_named_by_its_place_and_trade_keeps_its_name() -> None:
    assert ("淄博砂布厂", "ORG") in _found("淄博砂布厂厂长表示产能将提升。")


@pytest.mark.parametrize(("text", "bodies"), [
    ("中国人民银行浙江省分行联合国家金融监督管理总局浙江监管局开展检查。",
     ["中国人民银行浙江省分行", "国家金融监督管理总局浙江监管局"]),
    ("台塑石化隶属台塑集团，今年营收下滑。", ["台塑石化", "台塑集团"]),
])
def test_a_word_of_acting_together_or_of_belonging_parts_two_bodies(text: str, bodies: list[str]) -> None:
    found = _found(text)
    assert all((body, "ORG") in found for body in bodies) and not any("联合" in n or "隶属" in n for n, _t in found)


def test_a_joint_word_before_an_ending_alone_opens_no_second_party() -> None:
    found = _found("世界台湾商会联合总会表示将组团参访。")
    assert not any(n.endswith("商会") and n != "世界台湾商会" for n, _t in found)



@pytest.mark.parametrize(("text", "zone"), [("东兴互市贸易区的边民交易额上升。", "东兴互市贸易区"),
                                          ("一批药企入驻成都天府国际生物城。", "成都天府国际生物城"),
                                          ("惠州大亚湾石化产业基地迎来新项目。", "惠州大亚湾石化产业基地"),
                                          ("陆家嘴中央商务区吸引外资总部集聚。", "陆家嘴中央商务区")])
def test_trade_zones_industrial_bases_and_business_districts_are_platforms(text: str, zone: str) -> None:
    assert (zone, "PLATFORM") in _found(text)


def test_an_industrial_base_of_a_kind_with_no_place_is_no_name() -> None:
    assert not any(t == "PLATFORM" for _n, t in _found("公司在当地新建家电产业基地。"))


@pytest.mark.parametrize("text", ["北京师范大学香港浸会大学联合国际学院举办招生说明会。",
                                  "解放军总医院联合救治中心收治伤员。"])
def test_a_joint_bodys_name_with_a_joint_word_is_one_name(text: str) -> None:
    found = _found(text)
    assert any("联合" in n for n, t in found if t == "ORG")


@pytest.mark.parametrize("text", ["当地正在建设大型煤化工基地。", "边境地区的边民互市贸易区恢复通关。"])
def test_a_kind_of_zone_with_no_place_is_no_name(text: str) -> None:
    assert not any(t == "PLATFORM" for _n, t in _found(text))


def test_a_professions_title_frames_a_person_of_three_characters() -> None:
    assert ("文詠詩", "PERSON") in _found("會計師文詠詩以數據說明。")


@pytest.mark.parametrize(("text", "event"), [("今年的台北国际牛肉面节吸引了不少游客。", "台北国际牛肉面节"),
                                           ("每年十月的香港仲裁周吸引各地律师。", "香港仲裁周"),
                                           ("深圳国际电子展将于八月开幕。", "深圳国际电子展"),
                                           ("澳門國際書法比賽匯演今晚舉行。", "澳門國際書法比賽匯演"),
                                           ("深圳国际节能周开幕。", "深圳国际节能周")])
def test_a_places_event_with_a_short_ending_is_one_event(text: str, event: str) -> None:
    assert (event, "EVENT") in _found(text)


@pytest.mark.parametrize("text", ["中国这周将发布数据。", "香港本周天气晴朗。", "中国队比赛很精彩。",
                                  "广州春节花市人头攒动。", "中美货币政策周期错位。", "本届比赛周吸引了各地选手。",
                                  "公司文化节办得很热闹。", "嘉兴综合保税区周边仓库出租率高。"])
def test_a_short_event_ending_with_no_place_or_inside_a_word_is_no_event(text: str) -> None:
    assert not any(t == "EVENT" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "person"), [("某集团首席技术官周立新说，产品将在下月上市。", "周立新"),
                                            ("她和将军丈夫周尔雅一起出席。", "周尔雅"),
                                            ("吉普赛人的音乐很有名。", None)])
def test_a_surname_after_a_title_is_no_events_ending(text: str, person: str | None) -> None:
    found = _found(text)
    assert not any(t == "EVENT" for _n, t in found)
    assert person is None or (person, "PERSON") in found


@pytest.mark.parametrize("text", ["2026中国足球协会超级联赛春季赛下月开打。",
                                  "中国足球协会超级联赛（中超）春季赛下月开打。"])
def test_a_stage_after_a_named_event_is_not_part_of_its_name(text: str) -> None:
    assert ("中国足球协会超级联赛", "EVENT") in _found(text)


@pytest.mark.parametrize(("text", "names"), [("他毕业于北大清华之外的名校。", ["北大", "清华"]),
                                           ("巴萨曼联本轮都取胜了。", ["巴萨", "曼联"])])
def test_two_known_bodies_side_by_side_are_two_names(text: str, names: list[str]) -> None:
    found = _found(text)
    assert all((n, "ORG") in found for n in names)


@pytest.mark.parametrize(("text", "name"), [("香港特区政府民政事务局发言人称", "香港特区政府民政事务局"),
                                          ("中央银行外汇局公布数据。", "中央银行外汇局")])
def test_a_known_body_with_its_known_unit_stays_one_name(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


@pytest.mark.parametrize(("text", "name"), [("福建省闽南企业联合商会会长表示欢迎。", "福建省闽南企业联合商会"),
                                          ("澳门中小型企业联合商会今天发布报告。", "澳门中小型企业联合商会")])
def test_a_joint_associations_name_holds_its_word_of_acting_together(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_a_body_acting_with_an_association_is_not_one_name() -> None:
    assert not any(n.endswith("联合商会") for n, _t in _found("腾讯公司联合商会举办论坛。"))


@pytest.mark.parametrize(("text", "name", "kind"), [("该企业去年获得中国工业大奖。", "中国工业大奖", "AWARD"),
                                                  ("学校组织学生参加中华诗词大赛。", "中华诗词大赛", "EVENT")])
def test_the_nations_own_name_and_a_fields_word_name_a_prize(text: str, name: str, kind: str) -> None:
    assert (name, kind) in _found(text)


@pytest.mark.parametrize(("text", "paper"), [("（華僑報訊）本澳石油氣價格下月調整。", "華僑報"),
                                           ("（大众报讯）今天上午，省里召开会议。", "大众报"),
                                           ("浙江在线讯 全省新能源汽车销量上升。", "浙江在线")])
def test_a_paper_credited_with_xun_is_an_outlet(text: str, paper: str) -> None:
    assert (paper, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["据俄报报道，该国产量上升。", "本报讯 记者从市里获悉。", "商报记者王磊报道。",
                                  "据通报记者了解，案件已审结。"])
def test_a_countrys_papers_our_paper_or_a_word_ending_with_bao_is_no_outlet(text: str) -> None:
    assert not any(t == "ORG" and n.endswith("报") for n, t in _found(text))


def test_a_list_of_the_holders_titles_is_no_firms_name() -> None:
    found = _found("某某集团创始人、董事长兼首席执行官王立新表示，公司将扩产。")
    assert not any(t == "ORG" and "董事长" in n for n, t in found)


@pytest.mark.parametrize("text", ["公司承接了多个商业综合体幕墙工程。", "港铁更换信号系统工程进入尾声。",
                                  "有议员关注工程多次延误。", "东涌线延线工程进度理想。"])
def test_works_named_with_gongcheng_are_no_programme(text: str) -> None:
    assert not any(t == "PROGRAMME" for _n, t in _found(text))


def test_a_programme_of_building_up_named_with_gongcheng_is_one() -> None:
    assert ("长江防护林体系建设工程", "PROGRAMME") in _found("国家实施长江防护林体系建设工程。")


@pytest.mark.parametrize(("text", "short", "uses"), [
    ("中国铁路通信信号股份有限公司（中国通号）三季度营收增长，中国通号董事长表示满意。", "中国通号", 2),
    ("上海宝钢包装股份有限公司（宝钢包装）相关负责人介绍了情况。", "宝钢包装", 1),
])
def test_a_short_form_in_brackets_replaces_the_place_or_body_it_opens_with(text: str, short: str, uses: int) -> None:
    found = [(e.text, e.type) for e in extract_entities(text)]
    assert found.count((short, "ORG")) == uses
    assert ("中国", "PLACE") not in found and ("宝钢", "ORG") not in found


def test_a_place_in_brackets_after_a_firm_stays_a_place() -> None:
    assert ("北京", "PLACE") in _found("某某科技有限公司（北京）今天发布新品。")


@pytest.mark.parametrize(("text", "site"), [("西藏羊八井地热电站完成年度检修。", "西藏羊八井地热电站"),
                                          ("青海共和光伏电站并网发电。", "青海共和光伏电站"),
                                          ("新建的五峰山长江大桥即将通车。", "五峰山长江大桥")])
def test_power_stations_and_bridges_named_by_a_place_are_places(text: str, site: str) -> None:
    assert (site, "PLACE") in _found(text)


@pytest.mark.parametrize("text", ["安徽芜湖拥有大型太阳能电站。", "公司新建一座光伏电站。", "当地建有一座跨江大桥。"])
def test_a_predicate_or_a_kind_before_a_sites_ending_is_no_site(text: str) -> None:
    assert not any(t == "PLACE" and n.endswith(("电站", "大桥")) for n, t in _found(text))


@pytest.mark.parametrize(("text", "person"), [("香港男子周志明涉嫌盗窃被捕。", "周志明"),
                                            ("深圳市民周小红说，地铁很方便。", "周小红")])
def test_the_surname_zhou_after_a_place_and_a_persons_word_is_no_events_ending(text: str, person: str) -> None:
    found = _found(text)
    assert not any(t == "EVENT" for _n, t in found)
    assert (person, "PERSON") in found


@pytest.mark.parametrize("text", ["上海居民节假日出游增多。", "香港球队赛前加紧训练。", "香港今周将有大雨。",
                                  "香港黄金周旅客增加。", "台湾母亲节活动很多。", "该队员在中国国内大赛中屡获佳绩。"])
def test_words_holidays_and_times_with_an_events_ending_are_no_events(text: str) -> None:
    assert not any(t in ("EVENT", "AWARD") for _n, t in _found(text))


@pytest.mark.parametrize("text", ["多家企业联合协会发布自律倡议。", "当地政府部门联合商会开展调研。"])
def test_lianhe_after_a_quantified_subject_is_acting_together(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize("text", ["英国小报记者因窃听丑闻被捕。", "据机关报记者介绍，会议很成功。"])
def test_a_kind_of_paper_is_no_outlet(text: str) -> None:
    assert not any(t == "ORG" for _n, t in _found(text))


@pytest.mark.parametrize(("text", "name"), [("嫦娥工程进入新阶段。", "嫦娥工程"),
                                          ("三北防护林工程成效显著。", "三北防护林工程")])
def test_national_programmes_named_with_gongcheng(text: str, name: str) -> None:
    assert (name, "PROGRAMME") in _found(text)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("行政院推動前瞻基礎建設計畫已逾五年。", "前瞻基礎建設計畫", "PROGRAMME"),
    ("這座橋梁曾獲國家卓越建設獎肯定。", "國家卓越建設獎", "AWARD"),
])
def test_construction_as_a_noun_right_before_an_ending_is_part_of_the_name(text: str, name: str, kind: str) -> None:
    assert (name, kind) in _found(text)


@pytest.mark.parametrize("text", ["各地加快建设中心城区。", "政府推进建设计划实施。"])
def test_construction_as_a_verb_before_an_ending_names_nothing(text: str) -> None:
    assert not any(t in ("PROGRAMME", "ORG") for _n, t in _found(text))


@pytest.mark.parametrize("text", ["市民王大桥说，路修好了。", "上海新增一座超级充电站。", "该校是重点建设大学之一。",
                                  "市里决定改革委员会制度。", "该小区外墙修复工程即将完工。",
                                  "金税工程师张明获得表彰。"])
def test_given_names_stations_of_a_kind_and_works_are_no_names(text: str) -> None:
    assert not any(t in ("PLACE", "ORG", "PROGRAMME") and len(n) > 3 for n, t in _found(text))


def test_an_event_with_zhou_before_a_common_noun_stays_an_event() -> None:
    assert ("深圳创新周", "EVENT") in _found("深圳创新周系列活动将持续一个月。")


@pytest.mark.parametrize(("text", "outlet"), [("（科技新報台北報導）半導體設備出貨上升。", "科技新報"),
                                            ("（财讯网上海报道）多家券商上调目标价。", "财讯网")])
def test_an_outlet_before_a_place_and_baodao_in_brackets(text: str, outlet: str) -> None:
    assert (outlet, "ORG") in _found(text)


@pytest.mark.parametrize("text", ["他在中国国内外大赛中屡获佳绩。", "这是中国本土大奖的首次颁发。"])
def test_the_nation_and_a_scope_name_no_prize(text: str) -> None:
    assert not any(t in ("EVENT", "AWARD") for _n, t in _found(text))


def test_a_joint_association_of_the_two_sides_of_the_strait() -> None:
    assert ("两岸企业家联合商会", "ORG") in _found("两岸企业家联合商会在厦门成立。")


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("暴雨过后，左江沿岸多个乡镇启动应急响应。", "左江", "PLACE"),  # the tagger reads 左|江 as a surname and a name
    ("曾文溪流域的水質明顯改善，農田灌溉恢復。", "曾文溪", "PLACE"),
    ("王海上游泳课时扭伤了脚。", "王海", "PERSON"),  # 上|游泳课: no 上游 here
    ("记者李江沿着河堤走访了受灾村民。", "李江", "PERSON"),
])
def test_a_name_ending_as_a_waters_before_its_banks_or_course_is_the_water(text: str, name: str, typ: str) -> None:
    assert (name, typ) in _found(text)


@pytest.mark.parametrize(("text", "firm", "place"), [
    ("日月光高雄廠擴建完成，新產線下月試產。", "日月光", "高雄"),
    ("比亚迪西安工厂开工，年产能二十万辆。", "比亚迪", "西安"),  # a mainland short name: alone it needs the tagger
    ("鴻海鄭州廠的產能逐步恢復。", "鴻海", "鄭州"),
])
def test_a_known_firm_a_citys_short_name_and_a_plant_are_the_firm_and_the_place(text: str, firm: str,
                                                                                place: str) -> None:
    found = _found(text)
    assert (firm, "ORG") in found and (place, "PLACE") in found
    assert not any(name.endswith(("廠", "厂")) for name, _typ in found)
