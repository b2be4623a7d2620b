package org.sayso.suggest;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.ClaimKind;

/**
 * A claim the suggestions found: its content, kind, speaker and cue.
 *
 * @param speaker who made the claim (content without a speaker is the journalist's, and no claim)
 * @param cue     the cue of saying, or {@code null} for a quote that goes on after its cue
 */
public record FoundClaim(int begin, int end, ClaimKind kind, FoundSpeaker speaker, @Nullable FoundCue cue) {
}
