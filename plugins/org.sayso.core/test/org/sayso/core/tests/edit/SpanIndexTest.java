package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sayso.core.edit.SpanIndex;
import org.sayso.model.Annotation;
import org.sayso.model.SaysoFactory;

class SpanIndexTest {

	private static Annotation span(int begin, int end) {
		var a = SaysoFactory.eINSTANCE.createCue();
		a.setBegin(begin);
		a.setEnd(end);
		return a;
	}

	@Test
	void nestedAndOverlappingSpansAreAllFound() {
		var claim = span(10, 60);
		var date = span(30, 37);
		var speaker = span(55, 70);
		var far = span(100, 110);
		var index = new SpanIndex(List.of(far, speaker, date, claim));
		assertEquals(List.of(claim, date, speaker, far), index.all());
		assertEquals(List.of(claim, date), index.overlapping(32, 32));
		assertSame(date, index.innermostAt(33));
		assertEquals(List.of(claim, speaker), index.overlapping(56, 58));
		assertEquals(List.of(claim), index.overlapping(0, 11));
		assertEquals(List.of(), index.overlapping(70, 100));
		assertSame(date, index.next(10));
		assertSame(speaker, index.previous(100));
		assertNull(index.next(100));
		assertEquals(2, index.indexOf(speaker));
	}

	@Test
	void overlapQueriesAgreeWithAPlainScan() {
		var random = new Random(7);
		var spans = new ArrayList<Annotation>();
		for (int i = 0; i < 2000; i++) {
			int b = random.nextInt(10_000);
			spans.add(span(b, b + 1 + random.nextInt(random.nextInt(10) == 0 ? 800 : 30)));
		}
		var index = new SpanIndex(spans);
		for (int q = 0; q < 500; q++) {
			int b = random.nextInt(10_000);
			int e = b + random.nextInt(200);
			var expected = index.all().stream()
					.filter(a -> e == b ? a.getBegin() <= b && b <= a.getEnd() : a.getBegin() < e && a.getEnd() > b)
					.toList();
			assertEquals(expected, index.overlapping(b, e), "query " + b + ".." + e);
		}
	}
	@Test
	void addedSpansAreSeenAtOnceAndMergedForOrder() {
		var random = new Random(11);
		var present = new ArrayList<Annotation>();
		for (int i = 0; i < 500; i++) {
			int b = random.nextInt(5_000);
			present.add(span(b, b + 1 + random.nextInt(40)));
		}
		var index = new SpanIndex(present);
		var all = new ArrayList<>(present);
		for (int i = 0; i < 500; i++) {
			int b = random.nextInt(5_000);
			var a = span(b, b + 1 + random.nextInt(i % 50 == 0 ? 600 : 40));
			index.add(a);
			all.add(a);
			int qb = random.nextInt(5_000);
			int qe = qb + random.nextInt(100);
			var expected = all.stream().filter(x -> qe == qb ? x.getBegin() <= qb && qb <= x.getEnd()
					: x.getBegin() < qe && x.getEnd() > qb).sorted(SpanIndex.TEXT_ORDER).toList();
			assertEquals(expected.size(), index.overlapping(qb, qe).size(), "query " + qb + ".." + qe + " after " + i);
			assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(index.overlapping(qb, qe)));
		}
		assertEquals(1000, index.size());
		assertEquals(all.stream().sorted(SpanIndex.TEXT_ORDER).map(Annotation::getBegin).toList(),
				index.all().stream().map(Annotation::getBegin).toList());
		var last = all.get(all.size() - 1);
		assertSame(last, index.all().get(index.indexOf(last)));
	}
}
