package org.majlis.curation;

import java.util.Collection;
import java.util.List;

import org.majlis.common.Paging;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' corrections, each checked first and then applied and recorded in one transaction: a correction
 * that fails changes nothing. {@code by} is who makes it, as the caller authenticated them.
 */
@Service
public class CurationService {

	private final NodeMerge merge;
	private final FactRetraction retraction;
	private final KeptApartPairs keptApart;
	private final CurationLog log;
	private final DuplicateCandidates duplicates;

	CurationService(NodeMerge merge, FactRetraction retraction, KeptApartPairs keptApart, CurationLog log,
			DuplicateCandidates duplicates) {
		this.merge = merge;
		this.retraction = retraction;
		this.keptApart = keptApart;
		this.log = log;
		this.duplicates = duplicates;
	}

	/** Likely duplicates among the nodes of a label (Person, Organization, Place or Event), best first. */
	@Transactional(readOnly = true)
	public List<CandidatePair> duplicateCandidates(String label, int first) {
		return duplicates.find(CuratedLabels.ofName(label), first);
	}

	/** Merges {@code from} into {@code into}; answers the curation (its first subject is the survivor). */
	@Transactional
	public Curation mergeNodes(String into, List<String> from, String note, String by) {
		List<String> subjects = merge.check(into, from);
		Curation curation = log.record(Curation.MERGE, subjects, note, by, null);
		merge.merge(subjects, curation.id());
		return curation;
	}

	@Transactional
	public Curation retractFact(RetractFactInput input, String by) {
		if (retraction.count(input) == 0) {
			throw new IllegalArgumentException("There is no " + FactRetraction.detail(input) + " fact from " + input.from() + " to "
					+ input.to());
		}
		Curation curation = log.record(Curation.RETRACT, List.of(input.from(), input.type().endId(input.to())), input.note(), by,
				FactRetraction.detail(input));
		retraction.retract(input, curation.id());
		return curation;
	}

	@Transactional
	public Curation keepApart(String a, String b, String note, String by) {
		List<String> subjects = merge.nodes(a, List.of(b));
		if (!keptApart.among(subjects).isEmpty()) {
			throw new IllegalArgumentException(a + " and " + b + " are kept apart already");
		}
		Curation curation = log.record(Curation.KEEP_APART, subjects, note, by, null);
		keptApart.record(a, b, curation.id());
		return curation;
	}

	@Transactional(readOnly = true)
	public Window<Curation> curations(Paging paging) {
		return paging.window(log.page(paging));
	}

	@Transactional(readOnly = true)
	public List<Curation> findByIds(Collection<String> ids) {
		return log.findByIds(ids);
	}

	/** The curations that concern any of these ids, newest first. */
	@Transactional(readOnly = true)
	public List<Curation> about(Collection<String> ids) {
		return log.about(ids);
	}
}
