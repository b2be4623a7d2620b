package org.sayso.bench;

import java.nio.file.Path;

import org.sayso.core.project.ProjectSpeakers;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * The project's speaker registry over 2,000 articles with one annotator's set each (~150 annotations, five
 * speakers named alike in every article): counting where each speaker is mentioned (the Speakers view's Whole
 * Project scope and {@code sayso speakers}) against opening the same 2,000 sets through the store, and registering
 * and linking every set's speakers and merging two speakers in every article against opening and saving the same
 * sets unchanged through the safe store, each baseline measured in the same run. Targets: at most 1.5x each.
 */
final class SpeakersBench {

	private static final int DOCUMENTS = 2_000;
	private static final int ANNOTATIONS = 150;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Speakers of the whole project: " + DOCUMENTS + " articles, one set of ~" + ANNOTATIONS
				+ " annotations each");
		var root = scratch.resolve("speakers");
		generate(root);

		var open = Measurement.paired("count each speaker's mentions and articles (usage)", () -> {
			var usage = ProjectSpeakers.usage(ProjectStore.open(root), null);
			if (!usage.isEmpty()) {
				throw new IllegalStateException("no speaker is registered yet, got " + usage.keySet());
			}
		}, "baseline: open the same " + DOCUMENTS + " sets through the store", () -> openAll(root), 1, 3);
		report.ratio(open[0], open[1], 1.5);

		long begin = System.nanoTime();
		var linked = ProjectSpeakers.link(ProjectStore.open(root), true, null);
		var link = new Measurement("register and link every set's speakers (writes " + DOCUMENTS + " sets)",
				new double[] { (System.nanoTime() - begin) / 1e6 });
		// the synthetic mentions' words are names too, so some entities join a speaker by them: fewer than five
		if (linked.written().size() != DOCUMENTS || linked.registered() < 2 || !linked.ok()) {
			throw new IllegalStateException("linked " + linked.written().size() + " sets, registered "
					+ linked.registered() + ": " + linked.failed());
		}
		var baseline = Measurement.of("baseline: open and save the same " + DOCUMENTS + " sets unchanged", 0, 1,
				() -> rewriteAll(root));
		report.ratio(link, baseline, 1.5);
		report.note(linked.registered() + " speakers registered, " + linked.linked() + " entities linked to them");

		var usage = Measurement.of("count, with " + linked.registered() + " speakers registered", 0, 1, () -> {
			var counted = ProjectSpeakers.usage(ProjectStore.open(root), null);
			if (counted.values().stream().mapToInt(u -> u.documents().size()).max().orElse(0) != DOCUMENTS) {
				throw new IllegalStateException("no speaker in every article: " + counted);
			}
		});
		report.note(String.format("%s: median %.0f ms", usage.name(), usage.median()));

		begin = System.nanoTime();
		var store = ProjectStore.open(root);
		var registry = new SpeakerRegistry(store.project());
		var merged = ProjectSpeakers.merge(store, registry.speakers().get(0), registry.speakers().get(1), null);
		var merge = new Measurement("merge two speakers in every article (writes " + DOCUMENTS + " sets)",
				new double[] { (System.nanoTime() - begin) / 1e6 });
		if (merged.written().size() != DOCUMENTS || !merged.ok()) {
			throw new IllegalStateException("merged in " + merged.written().size() + " sets: " + merged.failed());
		}
		report.ratio(merge, Measurement.of("baseline: open and save the same sets unchanged", 0, 1,
				() -> rewriteAll(root)), 1.5);
	}

	private static void openAll(Path root) throws Exception {
		var store = ProjectStore.open(root);
		long annotations = 0;
		for (var document : store.project().getDocuments()) {
			annotations += store.openSet(document, "ana").set().getAnnotations().size();
			document.setText(null);
		}
		if (annotations < (long) DOCUMENTS * ANNOTATIONS) {
			throw new IllegalStateException("read only " + annotations + " annotations");
		}
	}

	/** What every write through the safe store costs: each set opened and saved as it is. */
	private static void rewriteAll(Path root) throws Exception {
		var store = ProjectStore.open(root);
		for (var document : store.project().getDocuments()) {
			store.save(store.openSet(document, "ana"), false);
			document.setText(null);
		}
	}

	/** Five speakers, "Person 0" to "Person 4", in every article, with ids of the article's own. */
	private static void generate(Path root) throws Exception {
		var store = ProjectStore.create(root, "speakers-bench");
		var text = SyntheticArticle.text(6_000);
		for (int d = 0; d < DOCUMENTS; d++) {
			var document = store.addDocument(String.format("story-%04d", d), text);
			var opened = store.openSet(document, "ana");
			var set = SyntheticArticle.annotate(document, ANNOTATIONS);
			opened.set().getAnnotations().addAll(set.getAnnotations());
			var mentions = opened.set().getAnnotations().stream()
					.filter(org.sayso.model.SpeakerMention.class::isInstance)
					.map(org.sayso.model.SpeakerMention.class::cast).toList();
			for (int e = 0; e < 5; e++) {
				var entity = SaysoFactory.eINSTANCE.createSpeakerEntity();
				entity.setId("e" + e + "-" + d);
				entity.setName("Person " + e);
				opened.set().getEntities().add(entity);
			}
			for (int m = 0; m < mentions.size(); m++) {
				mentions.get(m).setKind(SpeakerKind.PERSON);
				mentions.get(m).setEntity(opened.set().getEntities().get(m % 5));
			}
			store.save(opened, false);
			document.setText(null);
		}
		store.saveProject(false);
	}

	private SpeakersBench() {
	}
}
