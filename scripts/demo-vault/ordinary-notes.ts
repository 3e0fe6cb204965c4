// The reader's own notes: daily notes and permanent notes that cite highlights.
// Placeholders, expanded by build.ts against the resolved books:
//   @{book.key}     → `{file name}#^{block id}`, for `[[…]]` links and `![[…]]` embeds
//   @md{book.key}   → `{URL-encoded file name}.md#^{block id}`, for a markdown link
//   {{weread}}      → the sync plugin's daily-note block: one embed per highlight created that day (weread-format §5)

export interface OrdinaryNote {
	readonly path: string;
	readonly text: string;
}

export const DAILY_NOTES: readonly OrdinaryNote[] = [
	{
		path: "daily/2025-01-05.md",
		text: `# 2025-01-05 周日

下午去图书馆还书，顺手借了一本《论语》的注本，和手机里的对照着读。

晚上读到“知之为知之，不知为不知”，想起今天开会时不懂装懂的那几分钟。

## 微信读书

{{weread}}
`,
	},
	{
		path: "daily/2025-03-02.md",
		text: `# 2025-03-02

Rainy Sunday. Finished the second half of Self-Reliance over tea.

- [x] 给阳台的花换盆
- [ ] 回复小林的邮件

## 微信读书

{{weread}}
`,
	},
	{
		path: "daily/2025-06-01.md",
		text: `# 2025-06-01 儿童节

六点就醒了，索性起来读 Walden。窗外的鸟比闹钟准时。

{{weread}}
`,
	},
	{
		path: "daily/2025-07-20.md",
		text: `# 2025-07-20

下午读庄子，晚上读完了 Walden 的最后一章。两本书放在一起读，像两个隔着两千年的人在聊天。

{{weread}}

想法：Thoreau 说 “a different drummer”，庄子说“逍遥”。都不是要离开人群，是要听见自己的节奏。
`,
	},
	{
		path: "daily/2025-09-15.md",
		text: `# 2025-09-15

[[庄子今读]] 读完了。最后读到“白驹之过郤”，合上书的时候已经很晚了：[[@{zz.horse}|忽然而已]]。

明天开始读唐诗。
`,
	},
	{
		path: "daily/2025-10-06.md",
		text: `# 2025-10-06 中秋

回家过节。饭后大家在阳台上看月亮，我在旁边念《琵琶行》，被笑说像个老先生。

{{weread}}
`,
	},
	{
		path: "daily/2025-12-31.md",
		text: `# 2025-12-31

今年的最后一天。窗外在下雨，正好读到 [[@{ts.rain}|巴山夜雨]]。

## 年终

- 读完 9 本书
- 最喜欢：《庄子今读》《一个人的植物园》
- 明年：少读一点，读慢一点
`,
	},
	{
		path: "daily/2026-02-07.md",
		text: `# 2026-02-07

早起读 Meditations，Book II 一口气读到 Book III。

{{weread}}
`,
	},
	{
		path: "daily/2026-04-26.md",
		text: `# 2026-04-26

读完了《钟表匠的星期三》。结尾那句和开头一模一样，却完全是另一个意思：

![[@{clock.heir}]]

给自己定个规矩：每周三晚上不看手机。
`,
	},
	{
		path: "daily/2026-06-20.md",
		text: `# 2026-06-20 夏至

一年中白天最长的一天。上午在咖啡馆读《慢读的艺术》，把“重读”那一章读了两遍。

{{weread}}
`,
	},
	{
		path: "daily/2026-08-16.md",
		text: `# 2026-08-16

坐了一趟轮渡去江对岸，来回四十分钟，在船上读完了“夜航”。

{{weread}}
`,
	},
	{
		path: "daily/2026-11-26.md",
		text: `# 2026-11-26 Thanksgiving

Finished Pride and Prejudice tonight. Elizabeth laughs last.

{{weread}}
`,
	},
];

/**
 * Daily notes of days with highlights in both years (issue 14: "This day, and years ago" and day → daily note):
 * plain journal entries, no sync block and no links, so the reference counts above stay as they are.
 */
export const DAILY_NOTES_ON_THIS_DAY: readonly OrdinaryNote[] = [
	{
		path: "daily/2025-08-02.md",
		text: `# 2025-08-02 周六

午后太热，哪儿也没去。读《庄子今读》的“庖丁解牛”，读到“未尝见全牛”停了很久。
`,
	},
	{
		path: "daily/2026-08-02.md",
		text: `# 2026-08-02 周日

下午下了一场雷阵雨。读《城市的河流》，正好读到井盖下的流水声，窗外就是雨。

去年的今天在读庄子，一年过去，还是喜欢在夏天的下午读书。
`,
	},
	{
		path: "daily/2026-09-20.md",
		text: `# 2026-09-20

傍晚读完了《城市的河流》的最后一章。吃完饭沿着河走了一圈。
`,
	},
];

export const PERMANENT_NOTES: readonly OrdinaryNote[] = [
	{
		path: "notes/慢下来.md",
		text: `---
tags: [permanent, 阅读]
created: 2025-08-03
---
# 慢下来

很多书在不同的地方说同一件事：慢不是落后，是让事情有机会沉淀。

老子问：[[@{ddj.muddy}]]——浊水要静下来才能清。

Thoreau 想要的是生活的页边空白：

![[@{walden.margin}]]

陈默言把它说得更直接：[[@{slow.arrive}|慢是让书有机会抵达你]]。

庖丁的刀十九年不钝，是因为他从不硬砍：[[@{zz.knife}]]。

种过植物的人都懂：

![[@{garden.wait}]]

书里还有一句“慢读不是读得少”，记得划过线，现在链接打不开了：[[慢读的艺术#^3300094407-3-9990-10012|慢读不是读得少]]。

相关：[[河流与时间]]、[[读书笔记的用法]]
`,
	},
	{
		path: "notes/On attention.md",
		text: `---
tags: [permanent, attention]
created: 2026-02-10
---
# On attention

Attention is the one budget I cannot borrow against.

1. Thoreau on mornings: [[@{walden.morning}]]
2. Marcus Aurelius on getting up at all — [the work of a human being](@md{med.rising}).
3. And the accounting, from a book on slow reading:

![[@{slow.attention}]]

Emerson's version is social: the great man [[@{emerson.crowd}|keeps the independence of solitude]] in the middle of the crowd.

The shortest instruction: [[@{med.few}]].

Thoreau on the pond in winter, which I highlighted once and cannot find any more: ![[Walden#^32485520-9-9990-10070]]

See also [[慢下来]].
`,
	},
	{
		path: "notes/读书笔记的用法.md",
		text: `---
tags: [permanent, 方法]
created: 2026-07-14
---
# 读书笔记的用法

划线不是终点。读《慢读的艺术》第四章时被这段说中了：

![[@{slow.kitchen}]]

所以这个库里的永久笔记，都是把不同书里的划线连起来：[[@{slow.link}]]。

- 孔子早就说过：[[@{lunyu.wengu}|温故而知新]]
- 页边符号的做法：[[@{slow.marks}]]
- Thoreau 说读书是一种劳作：[[@{walden.readwell}]]

> 每周挑三条旧划线，用自己的话重写一遍。
`,
	},
	{
		path: "notes/河流与时间.md",
		text: `---
tags: [permanent, 时间]
aliases: [River and time]
created: 2026-09-22
---
# 河流与时间

三个人，三种语言，同一条河。

- 孔子站在河边：[[@{lunyu.river}]]
- Marcus Aurelius：

![[@{med.river}]]

- Thoreau 在河里钓鱼：[[@{walden.stream}|Time is but the stream I go a-fishing in]]

读《城市的河流》时，才意识到城市和河的关系是反过来的：[[@{rivers.borrow}]]。

早市散去的那一段，几乎就是“逝者如斯”的现代版本：

![[@{rivers.market}]]

庄子的秋水是另一种尺度：[[@{zz.autumn}]]；杜甫的则是夜里的尺度：[[@{ts.stars}]]。
`,
	},
	{
		path: "notes/无用之用.md",
		text: `---
tags: [permanent]
created: 2025-09-20
---
# 无用之用

[[@{zz.wuyong}]]

惠子嫌大树没用，庄子说：[[@{zz.tree}|何不树之于无何有之乡]]。

苏青禾写蒲公英，是同一个意思：

![[@{garden.weed}]]

老子的车轮和房间：[[@{ddj.empty}]]。

惠子的大葫芦那一段当时也划了线，可现在找不到了：[[庄子今读#^26186563-4-9990-10031|大瓠之种]]。
`,
	},
	{
		path: "notes/钟表与余量.md",
		text: `---
tags: [permanent, 时间]
created: 2026-04-28
---
# 钟表与余量

发条的比喻一直记着：[[@{clock.spring}]]

有些时间不是用来过的：

![[@{clock.kept}]]

冬芽也是这样，看起来停着，其实在准备：[[@{garden.dormant}]]。

Marcus Aurelius 提醒，能失去的只有现在：[[@{med.present}]]。

小说里最好的一幕：[[@{clock.bell}|钟声传过河面]]。
`,
	},
	{
		path: "notes/Pride and judgement.md",
		text: `---
tags: [permanent, people]
created: 2026-11-28
---
# Pride and judgement

Elizabeth's turning point: [[@{pride.knew}]]

Mary Bennet, of all people, gets the distinction right: [[@{pride.vanity}|pride vs vanity]].

Marcus Aurelius would have told Darcy and Elizabeth both:

![[@{med.judgement}]]

And how it actually happens: [[@{pride.middle}]]

孔子的版本：[[@{lunyu.xian}]]
`,
	},
];
