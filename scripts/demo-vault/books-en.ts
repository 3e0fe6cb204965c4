// English books: public-domain texts (Emerson, Thoreau, Marcus Aurelius in George Long's translation, Austen).
// The reader is a Chinese reader, so most thoughts are in Chinese; the editions' blurbs are invented.
import type { BookSpec } from "./model.ts";

export const EMERSON: BookSpec = {
	key: "emerson",
	era: "e3-dash",
	lang: "en",
	bookId: "25301179",
	title: "Essays: First Series",
	author: "Ralph Waldo Emerson",
	intro: "Twelve essays from 1841, among them History, Self-Reliance, Compensation, Friendship and Circles. Public-domain text.",
	published: "2016-05-01",
	isbn: "9787000000086",
	category: "文学-外国文学",
	publisher: "Lantern Classics",
	lastReadDate: "2025-04-03",
	sessions: [
		"2025-02-20 22:00 ×4",
		"2025-02-22 09:30 ×5",
		"2025-02-26 23:20 ×3",
		"2025-03-02 15:45 ×4",
		"2025-03-08 21:10 ×3",
		"2025-03-15 10:30 ×3",
		"2025-03-22 22:35 ×4",
		"2025-04-02 20:50 ×4",
	],
	chapters: [
		{
			uid: 3,
			title: "History",
			items: ["There is one mind common to all individual men.", "Man is explicable by nothing less than all his history."],
		},
		{
			uid: 4,
			title: "Self-Reliance",
			review: "Self-Reliance 读了两个晚上。Emerson 的句子像格言，一句一句都能单独拿出来，但连起来读才知道他在反对什么：不是反对别人，是反对偷懒的自己。",
			items: [
				"There is a time in every man's education when he arrives at the conviction that envy is ignorance; that imitation is suicide; that he must take himself for better, for worse, as his portion; that though the wide universe is full of good, no kernel of nourishing corn can come to him but through his toil bestowed on that plot of ground which is given to him to till.",
				"To believe your own thought, to believe that what is true for you in your private heart is true for all men, — that is genius.",
				{ t: "Trust thyself: every heart vibrates to that iron string.", th: "把这句抄在了书桌上方。" },
				"Society everywhere is in conspiracy against the manhood of every one of its members.",
				"Whoso would be a man, must be a nonconformist.",
				"Nothing is at last sacred but the integrity of your own mind.",
				"What I must do is all that concerns me, not what the people think.",
				{
					t: "It is easy in the world to live after the world's opinion; it is easy in solitude to live after our own; but the great man is he who in the midst of the crowd keeps with perfect sweetness the independence of solitude.",
					k: "crowd",
				},
				{
					t: "A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers and divines.",
					th: "一致性本身不是美德——前提是你诚实地改变了想法。",
				},
				"To be great is to be misunderstood.",
				{
					t: "These roses under my window make no reference to former roses or to better ones; they are for what they are; they exist with God to-day. There is no time to them. There is simply the rose; it is perfect in every moment of its existence.",
					k: "roses",
				},
				"Travelling is a fool's paradise.",
				"Insist on yourself; never imitate.",
				"Nothing can bring you peace but yourself. Nothing can bring you peace but the triumph of principles.",
			],
		},
		{
			uid: 5,
			title: "Compensation",
			items: ["Every sweet hath its sour; every evil its good.", "Nothing is got for nothing.", "The dice of God are always loaded."],
		},
		{
			uid: 6,
			title: "Spiritual Laws",
			items: [
				"A man is a method, a progressive arrangement; a selecting principle, gathering his like to him wherever he goes.",
				"Each man has his own vocation. The talent is the call.",
			],
		},
		{
			uid: 8,
			title: "Friendship",
			items: [
				{ t: "A friend is a person with whom I may be sincere. Before him I may think aloud.", th: "能在他面前大声思考的人——想到了三个名字。", k: "friend" },
				"The only reward of virtue is virtue; the only way to have a friend is to be one.",
				"Happy is the house that shelters a friend!",
			],
		},
		{
			uid: 10,
			title: "The Over-Soul",
			items: [
				"We live in succession, in division, in parts, in particles. Meantime within man is the soul of the whole; the wise silence; the universal beauty, to which every part and particle is equally related; the eternal ONE.",
			],
		},
		{
			uid: 11,
			title: "Circles",
			items: [
				"The eye is the first circle; the horizon which it forms is the second; and throughout nature this primary figure is repeated without end.",
				{
					t: "Our life is an apprenticeship to the truth, that around every circle another can be drawn; that there is no end in nature, but every end is a beginning; that there is always another dawn risen on mid-noon, and under every deep a lower deep opens.",
					th: "每次以为懂了，就又画出一个更大的圈。",
				},
				"People wish to be settled; only as far as they are unsettled is there any hope for them.",
				{ t: "Nothing great was ever achieved without enthusiasm.", k: "enthusiasm" },
				"The way of life is wonderful: it is by abandonment.",
			],
		},
	],
	bookReview: {
		text: "春天读的英文书。句子很硬，要慢慢啃，但每一篇都有一两句会把人点亮。\nSelf-Reliance 和 Circles 以后还要重读。",
		at: "2025-04-03 21:30",
	},
};

export const WALDEN: BookSpec = {
	key: "walden",
	era: "e4-quote",
	lang: "en",
	bookId: "32485520",
	title: "Walden",
	author: "Henry David Thoreau",
	intro: "Two years and two months in a cabin by Walden Pond, condensed into one year: economy, reading, solitude, the seasons. Public-domain text.",
	published: "2017-07-01",
	isbn: "9787000000093",
	category: "文学-外国文学",
	publisher: "Lantern Classics",
	lastReadDate: "2025-07-21",
	reading: { status: "读完", progress: "100%", readingTime: "9小时37分钟", readingDate: "2025-05-12", finishedDate: "2025-07-20", totalReadDay: 19 },
	sessions: [
		"2025-05-12 06:30 ×3",
		"2025-05-17 14:20 ×4",
		"2025-05-24 22:50 ×3",
		"2025-06-01 07:10 ×4",
		"2025-06-08 16:35 ×3",
		"2025-06-14 23:40 ×3",
		"2025-06-22 10:00 ×3",
		"2025-06-29 21:15 ×3",
		"2025-07-06 08:45 ×3",
		"2025-07-20 20:05 ×4",
	],
	chapters: [
		{
			uid: 3,
			title: "Economy",
			items: [
				"The mass of men lead lives of quiet desperation.",
				"Most of the luxuries, and many of the so-called comforts of life, are not only not indispensable, but positive hindrances to the elevation of mankind.",
				{
					t: "the cost of a thing is the amount of what I will call life which is required to be exchanged for it, immediately or in the long run.",
					th: "买东西之前先换算成“生命”。",
					k: "cost",
				},
				"I would rather sit on a pumpkin and have it all to myself, than be crowded on a velvet cushion.",
				"beware of all enterprises that require new clothes, and not rather a new wearer of clothes.",
			],
		},
		{
			uid: 4,
			title: "Where I Lived, and What I Lived For",
			items: [
				"A man is rich in proportion to the number of things which he can afford to let alone.",
				{ t: "Every morning was a cheerful invitation to make my life of equal simplicity, and I may say innocence, with Nature herself.", k: "morning" },
				"Morning is when I am awake and there is a dawn in me.",
				{
					t: "I went to the woods because I wished to live deliberately, to front only the essential facts of life, and see if I could not learn what it had to teach, and not, when I came to die, discover that I had not lived.",
					k: "woods",
				},
				"Our life is frittered away by detail. An honest man has hardly need to count more than his ten fingers, or in extreme cases he may add his ten toes, and lump the rest. Simplicity, simplicity, simplicity!",
				{ t: "I have always been regretting that I was not as wise as the day I was born.", deletedLater: true },
				{
					t: "Time is but the stream I go a-fishing in. I drink at it; but while I drink I see the sandy bottom and detect how shallow it is. Its thin current slides away, but eternity remains.",
					th: "和“逝者如斯夫”放在一起读。",
					k: "stream",
				},
				"Let us spend one day as deliberately as Nature, and not be thrown off the track by every nutshell and mosquito's wing that falls on the rails.",
			],
		},
		{
			uid: 5,
			title: "Reading",
			review: "这一章像是写给今天的：他抱怨人们只读轻松的东西，一百七十年后，我们抱怨的是刷不完的信息流。",
			items: [
				"Books are the treasured wealth of the world and the fit inheritance of generations and nations.",
				{
					t: "To read well, that is, to read true books in a true spirit, is a noble exercise, and one that will task the reader more than any exercise which the customs of the day esteem.",
					th: "Reading well is work. Good work.",
					k: "readwell",
				},
				"Books must be read as deliberately and reservedly as they were written.",
				"How many a man has dated a new era in his life from the reading of a book.",
			],
		},
		{
			uid: 6,
			title: "Sounds",
			items: [
				{ t: "I love a broad margin to my life.", th: "留白不只是给书页的。", k: "margin" },
				{
					t: "Sometimes, in a summer morning, having taken my accustomed bath, I sat in my sunny doorway from sunrise till noon, rapt in a revery, amidst the pines and hickories and sumachs, in undisturbed solitude and stillness, while the birds sang around or flitted noiseless through the house, until by the sun falling in at my west window, or the noise of some traveller's wagon on the distant highway, I was reminded of the lapse of time. I grew in those seasons like corn in the night, and they were far better than any work of the hands would have been.",
					k: "corn",
				},
			],
		},
		{
			uid: 7,
			title: "Solitude",
			items: [
				"I never found the companion that was so companionable as solitude.",
				"We are for the most part more lonely when we go abroad among men than when we stay in our chambers.",
				"I have a great deal of company in my house; especially in the morning, when nobody calls.",
			],
		},
		{ uid: 8, title: "Visitors", items: ["I had three chairs in my house; one for solitude, two for friendship, three for society."] },
		{ uid: 9, title: "The Bean-Field", items: ["I came to love my rows, my beans, though so many more than I wanted."] },
		{
			uid: 11,
			title: "The Ponds",
			items: [
				{
					t: "A lake is the landscape's most beautiful and expressive feature. It is earth's eye; looking into which the beholder measures the depth of his own nature.",
					k: "lake",
				},
			],
		},
		{ uid: 19, title: "Spring", items: ["Walden was dead and is alive again."] },
		{
			uid: 20,
			title: "Conclusion",
			items: [
				"I left the woods for as good a reason as I went there. Perhaps it seemed to me that I had several more lives to live, and could not spare any more time for that one.",
				"I learned this, at least, by my experiment: that if one advances confidently in the direction of his dreams, and endeavors to live the life which he has imagined, he will meet with a success unexpected in common hours.",
				"If you have built castles in the air, your work need not be lost; that is where they should be. Now put the foundations under them.",
				{
					t: "If a man does not keep pace with his companions, perhaps it is because he hears a different drummer. Let him step to the music which he hears, however measured or far away.",
					th: "慢一点也没关系。",
					k: "drummer",
				},
				"However mean your life is, meet it and live it; do not shun it and call it hard names.",
				"Rather than love, than money, than fame, give me truth.",
				"The light which puts out our eyes is darkness to us. Only that day dawns to which we are awake. There is more day to dawn. The sun is but a morning star.",
			],
		},
	],
	bookReview: {
		text: "一个夏天的早晨书。很多段落要读两遍，第一遍读他在说什么，第二遍读他为什么这样活。",
		at: "2025-07-21 07:30",
	},
};

export const MEDITATIONS: BookSpec = {
	key: "med",
	era: "e5-glued",
	lang: "en",
	bookId: "3300063519",
	title: "Meditations",
	author: "Marcus Aurelius",
	intro: "The notebooks of a Roman emperor, written for himself, in George Long's translation. Public-domain text.",
	published: "2021-01-01",
	isbn: "9787000000109",
	category: "哲学宗教-西方哲学",
	publisher: "Lantern Classics",
	lastReadDate: "2026-06-06",
	reading: { status: "读完", progress: "100%", readingTime: "10小时3分钟", readingDate: "2026-01-15", finishedDate: "2026-06-05" },
	sessions: [
		"2026-01-15 07:00 ×3",
		"2026-01-24 22:30 ×3",
		"2026-02-07 06:50 ×4",
		"2026-02-21 23:10 ×3",
		"2026-03-08 07:05 ×4",
		"2026-03-22 21:40 ×3",
		"2026-04-12 06:45 ×3",
		"2026-05-03 22:20 ×4",
		"2026-06-05 07:15 ×3",
	],
	chapters: [
		{
			uid: 3,
			title: "Book I",
			items: [
				"From my grandfather Verus I learned good morals and the government of my temper.",
				"and to read carefully, and not to be satisfied with a superficial understanding of a book;",
				"To the gods I am indebted for having good grandfathers, good parents, a good sister, good teachers, good associates, good kinsmen and friends, nearly everything good.",
			],
		},
		{
			uid: 4,
			title: "Book II",
			items: [
				{
					t: "Begin the morning by saying to thyself, I shall meet with the busy-body, the ungrateful, arrogant, deceitful, envious, unsocial. All these things happen to them by reason of their ignorance of what is good and evil.",
					th: "早上出门前读这一段，很管用。",
					k: "morning",
				},
				"Remember how long thou hast been putting off these things, and how often thou hast received an opportunity from the gods, and yet dost not use it.",
				"Every moment think steadily as a Roman and a man to do what thou hast in hand with perfect and simple dignity, and feeling of affection, and freedom, and justice; and to give thyself relief from all other thoughts.",
				"Since it is possible that thou mayest depart from life this very moment, regulate every act and thought accordingly.",
				{
					t: "Though thou shouldst be going to live three thousand years, and as many times ten thousand years, still remember that no man loses any other life than this which he now lives, nor lives any other than this which he now loses.",
					k: "present",
				},
				"Of human life the time is a point, and the substance is in a flux, and the perception dull, and the composition of the whole body subject to putrefaction, and the soul a whirl, and fortune hard to divine, and fame a thing devoid of judgement.",
			],
		},
		{
			uid: 5,
			title: "Book III",
			items: [
				"Throw away then all things, holding to these only which are few; and besides bear in mind that every man lives only this present time, which is an indivisible point, and that all the rest of his life is either past or it is uncertain.",
			],
		},
		{
			uid: 6,
			title: "Book IV",
			items: [
				{
					t: "Men seek retreats for themselves, houses in the country, sea-shores, and mountains; and thou too art wont to desire such things very much. But this is altogether a mark of the most common sort of men, for it is in thy power whenever thou shalt choose to retire into thyself. For nowhere either with more quiet or more freedom from trouble does a man retire than into his own soul.",
					th: "不必去山里，退回自己就是退隐。",
					k: "retreat",
				},
				"The universe is transformation: life is opinion.",
				"Take away thy opinion, and then there is taken away the complaint, \"I have been harmed.\" Take away the complaint, \"I have been harmed,\" and the harm is taken away.",
				"Do not act as if thou wert going to live ten thousand years. Death hangs over thee. While thou livest, while it is in thy power, be good.",
				"How much trouble he avoids who does not look to see what his neighbour says or does or thinks, but only to what he does himself.",
				{ t: "Occupy thyself with few things, says the philosopher, if thou wouldst be tranquil.", k: "few" },
				{
					t: "Time is like a river made up of the events which happen, and a violent stream; for as soon as a thing has been seen, it is carried away, and another comes in its place, and this will be carried away too.",
					k: "river",
				},
				"Be like the promontory against which the waves continually break, but it stands firm and tames the fury of the water around it.",
			],
		},
		{
			uid: 7,
			title: "Book V",
			items: [
				{ t: "In the morning when thou risest unwillingly, let this thought be present — I am rising to the work of a human being.", k: "rising" },
				{
					t: "Such as are thy habitual thoughts, such also will be the character of thy mind; for the soul is dyed by the thoughts.",
					movedBy: 134,
					k: "dyed",
				},
			],
		},
		{
			uid: 8,
			title: "Book VI",
			items: [
				"The best way of avenging thyself is not to become like the wrong doer.",
				"Some things are hurrying into existence, and others are hurrying out of it.",
				"Take care that thou art not made into a Caesar, that thou art not dyed with this dye; for such things happen. Keep thyself then simple, good, pure, serious, free from affectation, a friend of justice, a worshipper of the gods, kind, affectionate, strenuous in all proper acts.",
			],
		},
		{
			uid: 9,
			title: "Book VII",
			items: [
				"It is peculiar to man to love even those who do wrong.",
				"Let not future things disturb thee, for thou wilt come to them, if it shall be necessary, having with thee the same reason which now thou usest for present things.",
				{ t: "Look within. Within is the fountain of good, and it will ever bubble up, if thou wilt ever dig.", k: "within" },
			],
		},
		{
			uid: 10,
			title: "Book VIII",
			items: [
				"Remember that to change thy opinion and to follow him who corrects thy error is as consistent with freedom as it is to persist in thy error.",
				{
					t: "If thou art pained by any external thing, it is not this thing that disturbs thee, but thy own judgement about it. And it is in thy power to wipe out this judgement now.",
					th: "今天被一封邮件气到，读完这句，删掉了回信草稿。",
					k: "judgement",
				},
			],
		},
		{
			uid: 12,
			title: "Book X",
			items: ["No longer talk at all about the kind of man that a good man ought to be, but be such."],
		},
		{
			uid: 14,
			title: "Book XII",
			items: [
				"I have often wondered how it is that every man loves himself more than all the rest of men, but yet sets less value on his own opinion of himself than on the opinion of others.",
			],
		},
	],
	bookReview: {
		text: "半年的早读书。他写给自己的话，被两千年后的人当成了写给自己的。",
		at: "2026-06-06 07:10",
	},
};

export const PRIDE: BookSpec = {
	key: "pride",
	era: "e6-lazy",
	lang: "en",
	bookId: "3300105522",
	title: "Pride and Prejudice",
	author: "Jane Austen",
	intro: "Elizabeth Bennet, Mr. Darcy, five sisters and one very talkative mother. Public-domain text of the 1813 novel.",
	published: "2020-04-01",
	isbn: "9787000000116",
	category: "文学-外国文学",
	publisher: "Lantern Classics",
	lastReadDate: "2026-11-27",
	reading: { status: "读完", progress: "100%", readingTime: "12小时44分钟", readingDate: "2026-09-01", finishedDate: "2026-11-26" },
	sessions: [
		"2026-09-01 22:15 ×3",
		"2026-09-06 10:40 ×4",
		"2026-09-13 23:30 ×3",
		"2026-09-27 15:10 ×4",
		"2026-10-10 21:45 ×3",
		"2026-10-24 09:05 ×3",
		"2026-11-07 22:50 ×4",
		"2026-11-26 20:30 ×4",
	],
	chapters: [
		{
			uid: 3,
			title: "Chapter 1",
			items: [
				{ t: "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.", k: "truth" },
				"She was a woman of mean understanding, little information, and uncertain temper. When she was discontented, she fancied herself nervous.",
			],
		},
		{
			uid: 5,
			title: "Chapter 3",
			items: [
				"She is tolerable; but not handsome enough to tempt me; and I am in no humour at present to give consequence to young ladies who are slighted by other men.",
			],
		},
		{
			uid: 6,
			title: "Chapter 4",
			items: [
				{
					t: "“He is just what a young man ought to be,” said she, “sensible, good-humoured, lively; and I never saw such happy manners!”",
					th: "Jane 眼里没有坏人。",
					noHl: true,
				},
			],
		},
		{
			uid: 7,
			title: "Chapter 5",
			items: [
				"I could easily forgive his pride, if he had not mortified mine.",
				{ t: "Pride relates more to our opinion of ourselves, vanity to what we would have others think of us.", k: "vanity" },
			],
		},
		{
			uid: 8,
			title: "Chapter 6",
			items: [
				"Happiness in marriage is entirely a matter of chance.",
				"A lady's imagination is very rapid; it jumps from admiration to love, from love to matrimony in a moment.",
			],
		},
		{
			uid: 10,
			title: "Chapter 8",
			items: ["I am no longer surprised at your knowing only six accomplished women. I rather wonder now at your knowing any."],
		},
		{
			uid: 11,
			title: "Chapter 9",
			items: [
				{
					t: "“I have been used to consider poetry as the food of love,” said Darcy.\n“Of a fine, stout, healthy love it may. Everything nourishes what is strong already. But if it be only a slight, thin sort of inclination, I am convinced that one good sonnet will starve it entirely away.”",
					th: "Elizabeth 的嘴真是厉害。",
					k: "sonnet",
				},
			],
		},
		{
			uid: 12,
			title: "Chapter 10",
			items: ["“Nothing is more deceitful,” said Darcy, “than the appearance of humility. It is often only carelessness of opinion, and sometimes an indirect boast.”"],
		},
		{
			uid: 13,
			title: "Chapter 11",
			items: [
				"I hope I never ridicule what is wise or good. Follies and nonsense, whims and inconsistencies, do divert me, I own, and I laugh at them whenever I can.",
				"There is, I believe, in every disposition a tendency to some particular evil—a natural defect, which not even the best education can overcome.",
				{ t: "My temper would perhaps be called resentful. My good opinion once lost, is lost for ever.", k: "temper" },
			],
		},
		{
			uid: 22,
			title: "Chapter 20",
			items: [
				"An unhappy alternative is before you, Elizabeth. From this day you must be a stranger to one of your parents. Your mother will never see you again if you do not marry Mr. Collins, and I will never see you again if you do.",
			],
		},
		{ uid: 24, title: "Chapter 22", items: ["I am not romantic, you know; I never was. I ask only a comfortable home;"] },
		{
			uid: 26,
			title: "Chapter 24",
			items: ["There are few people whom I really love, and still fewer of whom I think well. The more I see of the world, the more am I dissatisfied with it;"],
		},
		{
			uid: 36,
			title: "Chapter 34",
			items: [
				"In vain have I struggled. It will not do. My feelings will not be repressed. You must allow me to tell you how ardently I admire and love you.",
				"You could not have made the offer of your hand in any possible way that would have tempted me to accept it.",
			],
		},
		{
			uid: 38,
			title: "Chapter 36",
			items: [{ t: "Till this moment I never knew myself.", th: "全书的转折点。偏见被一封信拆掉了。", k: "knew" }],
		},
		{ uid: 45, title: "Chapter 43", items: ["and at that moment she felt that to be mistress of Pemberley might be something!"] },
		{
			uid: 58,
			title: "Chapter 56",
			items: [
				"I am only resolved to act in that manner, which will, in my own opinion, constitute my happiness, without reference to you, or to any person so wholly unconnected with me.",
			],
		},
		{ uid: 59, title: "Chapter 57", items: [{ t: "For what do we live, but to make sport for our neighbours, and laugh at them in our turn?", k: "sport" }] },
		{
			uid: 60,
			title: "Chapter 58",
			items: [
				{ t: "Think only of the past as its remembrance gives you pleasure.", th: "这句可以送给年底的自己。", k: "past" },
				"You taught me a lesson, hard indeed at first, but most advantageous. By you, I was properly humbled.",
			],
		},
		{
			uid: 62,
			title: "Chapter 60",
			items: [
				{
					t: "I cannot fix on the hour, or the spot, or the look, or the words, which laid the foundation. It is too long ago. I was in the middle before I knew that I had begun.",
					k: "middle",
				},
				"I am happier even than Jane; she only smiles, I laugh.",
				{
					t: "Elizabeth, feeling all the more than common awkwardness and anxiety of his situation, now forced herself to speak.",
					th: "她终于先开口了。整本书的误会，最后是靠一句话解开的。",
					noHl: true,
				},
			],
		},
	],
	bookReview: {
		text: "第三次读，第一次用英文读完。原来最好笑的句子都藏在叙述里，不在对白里。",
		at: "2026-11-27 21:40",
	},
};
