package org.majlis.ingest.extract.dates;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.findings.DateHit;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.Tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

class DateReaderTests {

	private static final Lexicons LEX = new Lexicons();
	private final DateReader reader = new DateReader(LEX);

	private List<DateHit> read(String text, PartialDate reference) {
		return reader.read(Tokenizer.tokenize(text), reference);
	}

	@Test
	void shouldReadArabicIndicDigits() {
		List<DateHit> hits = read("صدر البيان في ١١ فبراير، ٢٠٢٥ عن الوزارة", null);
		assertThat(hits).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(PartialDate.of(2025, 2, 11)));
	}

	@Test
	void shouldReadRightToLeftDayRangeWithDoubleMonthName() {
		List<DateHit> hits = read("تستمر الدورة ثلاثة أيام (13-11 شباط/فبراير) في عمّان", PartialDate.of(2024, 2, 10));
		assertThat(hits).singleElement().satisfies(h -> {
			assertThat(h.start()).isEqualTo(PartialDate.of(2024, 2, 11));
			assertThat(h.end()).isEqualTo(PartialDate.of(2024, 2, 13));
		});
	}

	@Test
	void shouldReadMaghrebiMonthWithCurrentRelativeToPublication() {
		List<DateHit> hits = read("تنعقد الندوة بمدينة فاس من 24 حتى 27 نونبر الجاري", PartialDate.of(2023, 11, 20));
		assertThat(hits).singleElement().satisfies(h -> {
			assertThat(h.start()).isEqualTo(PartialDate.of(2023, 11, 24));
			assertThat(h.end()).isEqualTo(PartialDate.of(2023, 11, 27));
		});
	}

	@Test
	void shouldGiveYearLessDateWhenNoYearIsKnown() {
		List<DateHit> hits = read("من 24 حتى 27 نونبر الجاري", null);
		assertThat(hits).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(new PartialDate(null, 11, 24)));
	}

	@Test
	void shouldReadLevantineTwoWordMonth() {
		List<DateHit> hits = read("التقى الوفد في 3 تشرين الثاني 2022", null);
		assertThat(hits).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(PartialDate.of(2022, 11, 3)));
	}

	@Test
	void shouldPlacePastMonthInPreviousYear() {
		List<DateHit> hits = read("عقد في 5 ديسمبر الماضي", PartialDate.of(2024, 1, 15));
		assertThat(hits).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(PartialDate.of(2023, 12, 5)));
	}

	@Test
	void shouldReadYesterdayRelativeToPublication() {
		List<DateHit> hits = read("اختتم أمس المؤتمر", PartialDate.of(2024, 3, 1));
		assertThat(hits).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(PartialDate.of(2024, 2, 29)));
	}
}
