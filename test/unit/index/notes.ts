// Small WeRead notes as text, in the default templates (weread-format §3), for tests that go through parseNote.

/** E3 "dash era": two highlights (stored newest first), one thought whose highlight is omitted from 高亮划线. */
export const DASH_NOTE = `---
doc_type: weread-highlights-reviews
bookId: "840127"
author: 沈复
reviewCount: 1
noteCount: 2
lastReadDate: 2023-08-13
---
# 元数据
> [!abstract] 浮生六记
> - 书名： 浮生六记
> - 作者： 沈复

# 高亮划线

## 卷一 闺房记乐


- 📌 神游其中，怡然自得。 ^840127-5-300-320
    - ⏱ 2023-08-13 08:00:00 

- 📌 余生乾隆癸未冬十一月二十有二日，正值太平盛世。 ^840127-5-120-143
    - ⏱ 2023-08-12 21:04:19 

# 读书笔记

## 卷一 闺房记乐

### 划线评论
- 📌 布衣饭菜，可乐终身。  ^401122-7sQwErTyU
    - 💭 平淡才是真。
    - ⏱ 2023-08-12 21:10:05
   
# 本书评论
`;

/** The dash note with one more highlight (a real change). */
export const DASH_NOTE_PLUS = DASH_NOTE.replace(
	"# 读书笔记",
	`- 📌 夏蚊成雷，私拟作群鹤舞空。 ^840127-5-500-520
    - ⏱ 2023-08-14 22:00:00 

# 读书笔记`,
);

/** E4 "quote era" (v0.6.1+): a plain highlight, and a highlight with an inline thought that 读书笔记 repeats. */
export const QUOTE_NOTE = `---
doc_type: weread-highlights-reviews
bookId: "26713355"
author: 某作者
reviewCount: 1
noteCount: 2
---
# 元数据
> [!abstract] Three.js 开发指南
> - 书名： Three.js 开发指南

# 高亮划线

## 第1章 入门

> 📌 场景是所有物体的容器 
> ⏱ 2024-08-31 14:05:03 ^26713355-60-4243-4278

> 📌 相机决定了我们能看到什么 ^26713355-60-5000-5100
- 💭 像眼睛一样 - ⏱ 2024-09-01 09:00:00 

# 读书笔记

## 第1章 入门

### 划线评论
> 📌 相机决定了我们能看到什么  ^9988-7AbCdEf
    - 💭 像眼睛一样
    - ⏱ 2024-09-01 09:00:00

# 本书评论
`;

/** A daily note with the sync plugin's embeds (weread-format §5), and a note citing one highlight by link. */
export const DAILY_NOTE = `# 2023-08-13
<!-- start of weread -->

### 浮生六记
![[浮生六记#^840127-5-300-320]]
![[浮生六记#^840127-5-999-999]]

<!-- end of weread -->
`;

export const PLAIN_NOTE = `# Thoughts

As [[浮生六记#^840127-5-120-143|沈复 says]], and \`[[浮生六记#^in-code]]\` is code.
`;
