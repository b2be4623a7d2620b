package org.sayso.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sayso.curation.agreement.AgreementCalculator;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.curation.ProjectMerge;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * Merge and agreement of a project of 2,000 documents annotated by 5 annotators (about 150 annotations each),
 * against just opening the same 10,000 sets through the store. Each run is a first merge: every curated set is
 * written (atomically, flushed to disk). Target: under 30 s.
 */
final class MergeBench {

	static final int DOCUMENTS = 2_000;
	static final List<String> ANNOTATORS = List.of("ana", "ben", "cy", "dan", "eva");
	static final int GROUPS = 38; // speaker, cue, claim and date each: 152 annotations
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Merge and agreement: " + ANNOTATORS.size() + " annotators x " + DOCUMENTS
				+ " documents, ~" + GROUPS * 4 + " annotations each");
		var root = scratch.resolve("merge");
		long start = System.nanoTime();
		generate(root);
		var engine = new MergeEngine(new MergeSettings(0.5, 0.5, 0, "lead"));
		report.note(String.format("project written in %.0f s", (System.nanoTime() - start) / 1e9));

		var units = new long[2];
		int runs = 3;
		var work = new double[runs];
		var baseline = new double[runs];
		for (int run = 0; run < runs; run++) {
			Folders.deleteTree(root.resolve("curation")); // every run a first merge: all 2,000 curated sets are written
			long begin = System.nanoTime();
			var store = ProjectStore.open(root);
			var calculator = new AgreementCalculator(ANNOTATORS);
			var result = ProjectMerge.run(store, engine, List.of(), null, null, calculator::add);
			var agreement = calculator.report();
			work[run] = (System.nanoTime() - begin) / 1e6;
			if (result.written() != DOCUMENTS || agreement.corpusDocuments() != DOCUMENTS) {
				throw new IllegalStateException("wrote " + result.written() + ", measured "
						+ agreement.corpusDocuments() + ": " + result.problems());
			}
			units[0] = result.summary().units();
			units[1] = result.summary().conflicts();

			begin = System.nanoTime();
			var plain = ProjectStore.open(root);
			long annotations = 0;
			for (var document : plain.project().getDocuments()) {
				for (var annotator : ANNOTATORS) {
					annotations += plain.openSet(document, annotator).set().getAnnotations().size();
				}
				document.setText(null);
			}
			baseline[run] = (System.nanoTime() - begin) / 1e6;
			if (annotations < (long) DOCUMENTS * ANNOTATORS.size() * GROUPS * 3) {
				throw new IllegalStateException("read only " + annotations + " annotations");
			}
		}
		report.absolute(new Measurement("merge (write 2,000 curated sets) + agreement, one pass", work),
				new Measurement("baseline: open the same 10,000 sets through the store", baseline), 30_000);
		report.note(String.format("%,d units, %,d conflicts", units[0], units[1]));
	}

	/** The same structure for every annotator, each changing a few units as real annotators do (fixed seeds). */
	private static void generate(Path root) throws Exception {
		var store = ProjectStore.create(root, "merge-bench");
		var text = SyntheticArticle.text(GROUPS * 100 + 50);
		for (int d = 0; d < DOCUMENTS; d++) {
			var document = store.addDocument(String.format("story-%04d", d), text);
			for (int a = 0; a < ANNOTATORS.size(); a++) {
				var opened = store.openSet(document, ANNOTATORS.get(a));
				annotate(opened.set(), new Random(d * 31L + a));
				store.save(opened, false);
			}
			document.setText(null);
		}
		store.saveProject(false);
	}

	private static void annotate(AnnotationSet set, Random random) {
		var entities = new ArrayList<SpeakerEntity>();
		for (int e = 0; e < 5; e++) {
			var entity = F.createSpeakerEntity();
			entity.setId("person-" + e + "-" + random.nextInt(1000)); // ids differ between annotators
			entity.setName("Person " + e);
			entities.add(entity);
			set.getEntities().add(entity);
		}
		SpeakerMention previous = null;
		for (int g = 0; g < GROUPS; g++) {
			int p = g * 100;
			var speaker = F.createSpeakerMention();
			span(speaker, p + (chance(random, 2) ? 1 : 0), p + 11);
			speaker.setKind(SpeakerKind.PERSON);
			speaker.setEntity(entities.get(g % 5));
			set.getAnnotations().add(speaker);
			var cue = F.createCue();
			span(cue, p + 12, p + 16);
			set.getAnnotations().add(cue);
			if (!chance(random, 3)) {
				var claim = F.createClaim();
				span(claim, p + 17, p + 60 + (chance(random, 4) ? random.nextInt(11) - 5 : 0));
				claim.setKind(chance(random, 2) ? ClaimKind.DIRECT : ClaimKind.INDIRECT);
				claim.getSources().add(previous != null && chance(random, 2) ? previous : speaker);
				claim.getCues().add(cue);
				set.getAnnotations().add(claim);
			}
			if (!chance(random, 2)) {
				var date = F.createDateMention();
				span(date, p + 62, p + 70);
				date.setValue(chance(random, 3) ? "2024-03-08" : "2024-03-07");
				date.setType(DateType.DATE);
				set.getAnnotations().add(date);
			}
			previous = speaker;
		}
	}

	private static boolean chance(Random random, int percent) {
		return random.nextInt(100) < percent;
	}

	private static void span(org.sayso.model.Annotation annotation, int begin, int end) {
		annotation.setBegin(begin);
		annotation.setEnd(end);
	}

	private MergeBench() {
	}
}
