// The windowed list's row heights (height-tree.ts, a Fenwick tree) against a plain array of heights: offsets, the
// row at a position and the total after any sequence of height changes (fast-check).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { HeightTree } from "../../src/views/render/height-tree.ts";

/** The row whose span [top, top + height) holds y, as the tree defines it: the last row past the end, 0 before 0. */
function naiveIndexAt(heights: readonly number[], y: number): number {
	if (heights.length === 0 || y <= 0) return 0;
	let top = 0;
	for (let i = 0; i < heights.length; i++) {
		const h = heights[i] as number;
		if (y < top + h) return i;
		top += h;
	}
	return heights.length - 1;
}

test("height tree (fast-check): offsets, totals and the row at a position equal a plain array's after any changes", () => {
	const height = fc.integer({ min: 0, max: 200 });
	fc.assert(
		fc.property(
			fc.array(height, { maxLength: 70 }),
			fc.boolean(),
			fc.array(fc.tuple(fc.nat(80), height), { maxLength: 30 }),
			fc.array(fc.integer({ min: -50, max: 9000 }), { maxLength: 20 }),
			(initial, fromArray, changes, probes) => {
				const model = [...initial];
				const tree = fromArray ? new HeightTree(initial.length, Float64Array.from(initial)) : new HeightTree(initial.length, (i) => initial[i] ?? 0);
				for (const [i, h] of changes) {
					tree.set(i, h);
					if (i < model.length) model[i] = h;
				}
				assert.equal(tree.length, model.length);
				assert.equal(tree.total, model.reduce((a, b) => a + b, 0));
				for (let i = 0; i <= model.length; i++) {
					assert.equal(tree.offset(i), model.slice(0, i).reduce((a, b) => a + b, 0), `offset(${i})`);
					if (i < model.length) assert.equal(tree.get(i), model[i]);
				}
				for (const y of probes) assert.equal(tree.indexAt(y), naiveIndexAt(model, y), `indexAt(${y})`);
			},
		),
		{ seed: 1515, numRuns: 400 },
	);
});
