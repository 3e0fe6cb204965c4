import { test } from "node:test";
import assert from "node:assert/strict";

test("the unit tier runs", () => {
	assert.equal(1 + 1, 2);
});
