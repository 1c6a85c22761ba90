package org.majlis.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.common.NameMatch;

/**
 * Pairs of nodes whose names look alike, found by blocking: every name and alias is reduced to keys (its first and
 * last word with the letters of transliteration folded, and its first three words), and only nodes sharing a key
 * are compared, so the work grows with the nodes and their namesakes, never with all pairs. Blocks of more than
 * {@value #MAX_BLOCK} nodes (a bare "اجتماع") say too little to compare and are left out.
 */
final class NameBlocks {

	static final int MAX_BLOCK = 100;

	/** A node as the blocking reads it: its names and aliases as normalised keys ({@link ArabicText#key}). */
	record Named(String id, List<String> names) {
	}

	/** A normalised name with its skeleton words, computed once. */
	private record Form(String key, List<String> skeletons) {

		static Form of(String key) {
			return new Form(key, NameMatch.skeletons(key));
		}
	}

	/** Two nodes with alike names, the likeness (0–1) and how they are alike. */
	record Alike(String a, String b, double score, String reason) {
	}

	private NameBlocks() {
	}

	static List<Alike> alike(List<Named> nodes, boolean people) {
		Map<String, List<Integer>> blocks = new HashMap<>();
		List<List<Form>> forms = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			List<Form> named = nodes.get(i).names().stream().filter(n -> n != null && !n.isBlank()).map(Form::of).toList();
			forms.add(named);
			for (String key : keys(named)) {
				blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		Set<Long> compared = new HashSet<>();
		List<Alike> out = new ArrayList<>();
		for (List<Integer> block : blocks.values()) {
			if (block.size() < 2 || block.size() > MAX_BLOCK) {
				continue;
			}
			for (int x = 0; x < block.size(); x++) {
				for (int y = x + 1; y < block.size(); y++) {
					int i = Math.min(block.get(x), block.get(y));
					int j = Math.max(block.get(x), block.get(y));
					if (i != j && compared.add((long) i * nodes.size() + j)) {
						Alike alike = compare(nodes.get(i).id(), forms.get(i), nodes.get(j).id(), forms.get(j), people);
						if (alike != null) {
							out.add(alike);
						}
					}
				}
			}
		}
		return out;
	}

	private static Set<String> keys(List<Form> names) {
		Set<String> keys = new LinkedHashSet<>();
		for (Form name : names) {
			List<String> words = name.skeletons();
			if (words.isEmpty()) {
				continue;
			}
			keys.add(words.size() == 1 ? words.getFirst() : words.getFirst() + " … " + words.getLast());
			if (words.size() >= 3) {
				keys.add(String.join(" ", words.subList(0, 3)) + " …");
			}
		}
		return keys;
	}

	/** The closest likeness between any name of one and any name of the other, or null when none. */
	private static Alike compare(String oneId, List<Form> one, String otherId, List<Form> other, boolean people) {
		double best = 0;
		String reason = null;
		for (Form a : one) {
			for (Form b : other) {
				double score;
				String why;
				if (a.key().equals(b.key())) {
					score = 0.9;
					why = "same name once normalised: " + b.key();
				}
				else if (a.skeletons().equals(b.skeletons())) {
					score = 0.8;
					why = "same name but for letters that vary in transliteration: " + a.key() + " / " + b.key();
				}
				else if (people ? NameMatch.sameSkeletons(a.skeletons(), b.skeletons()) : fuller(a.skeletons(), b.skeletons())) {
					score = 0.6;
					why = "a fuller form of the same name: " + a.key() + " / " + b.key();
				}
				else {
					continue;
				}
				if (score > best) {
					best = score;
					reason = why;
				}
			}
		}
		return reason == null ? null : new Alike(oneId, otherId, best, reason);
	}

	/** One name holds every word of the other, which has two words at least. */
	private static boolean fuller(List<String> left, List<String> right) {
		List<String> shorter = left.size() <= right.size() ? left : right;
		List<String> longer = shorter == left ? right : left;
		return shorter.size() >= 2 && Set.copyOf(longer).containsAll(shorter);
	}
}
