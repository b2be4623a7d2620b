package org.sayso.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.ClaimKind;

/**
 * A claim the suggestions found: its content, kind, speaker and cue.
 *
 * @param speaker       who made the claim (content without a speaker is the journalist's, and no claim)
 * @param jointSpeakers the others who made it with {@code speaker}, a joint statement ("Lopez and Dahl said"):
 *                      each a mention of its own entity; empty for most claims
 * @param cue           the cue of saying, or {@code null} for a quote that goes on after its cue
 */
public record FoundClaim(int begin, int end, ClaimKind kind, FoundSpeaker speaker, List<FoundSpeaker> jointSpeakers,
		@Nullable FoundCue cue) {

	public FoundClaim {
		jointSpeakers = List.copyOf(jointSpeakers);
	}

	/** A claim of one speaker. */
	public FoundClaim(int begin, int end, ClaimKind kind, FoundSpeaker speaker, @Nullable FoundCue cue) {
		this(begin, end, kind, speaker, List.of(), cue);
	}

	/** The speaker and the joint speakers, in text order of the statement's subject. */
	public List<FoundSpeaker> speakers() {
		if (jointSpeakers.isEmpty()) {
			return List.of(speaker);
		}
		var all = new ArrayList<FoundSpeaker>(jointSpeakers.size() + 1);
		all.add(speaker);
		all.addAll(jointSpeakers);
		return all;
	}
}
