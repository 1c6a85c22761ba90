package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** The constructions that name who organised an event, and those that only name a participant. */
class OrganizerConstructionTests {

	@Test
	void shouldReadTheOrganiserAfterMinTaraf() {
		Extracted x = read("نظمت ورشة عمل حول الجريمة الإلكترونية من طرف المديرية العامة للأمن الوطني بالجزائر العاصمة.");
		assertThat(x.organizers(x.event())).containsExactly("المديرية العامة للأمن الوطني");
	}

	@Test
	void shouldReadACoOrganiserAfterInCoordinationWith() {
		Extracted x = read("نظمت جامعة نايف العربية للعلوم الأمنية ندوة عن التطرف بالتنسيق مع المنظمة الدولية للشرطة الجنائية.");
		assertThat(x.organizers(x.event())).containsExactlyInAnyOrder("جامعة نايف العربية للعلوم الأمنية", "المنظمة الدولية للشرطة الجنائية");
	}

	@Test
	void shouldReadTheBodyThatConvenesANamedEventAndTheOneThatStagesIt() {
		Extracted convened = read("عقدت الأمانة العامة لمجلس وزراء الداخلية العرب المؤتمر العربي العاشر لرؤساء أجهزة الهجرة في تونس.");
		assertThat(convened.organizers(convened.event())).containsExactly("الأمانة العامة لمجلس وزراء الداخلية العرب");
		Extracted staged = read("اختتمت أعمال الملتقى الخليجي للتحقيق الجنائي الذي أقامته القيادة العامة لشرطة الشارقة على مدى يومين.");
		assertThat(staged.organizers(staged.event())).containsExactly("القيادة العامة لشرطة الشارقة");
	}

	@Test
	void shouldReadTheBodyThatHoldsItsOwnMeeting() {
		Extracted x = read("عقدت اللجنة الخليجية لمكافحة الإرهاب اجتماعها الخامس في الرياض.");
		assertThat(x.organizers(x.event())).containsExactly("اللجنة الخليجية لمكافحة الإرهاب");
	}

	@Test
	void shouldNotTakeAParticipantForAnOrganiser() {
		Extracted x = read("نظمت أكاديمية الشرطة مؤتمرا عن الأمن السيبراني بمشاركة المنظمة الدولية للشرطة الجنائية.");
		assertThat(x.organizers(x.event())).containsExactly("أكاديمية الشرطة");
	}

	@Test
	void shouldTakeTheBodyThatHoldsOrConvenesAnEventNamedBeforeIt() {
		Extracted held = read("افتتحت في عمان أعمال الملتقى العربي لخبراء الأدلة الجنائية الذي تعقده الأمانة العامة لمجلس وزراء الداخلية العرب.");
		assertThat(held.organizers(held.event())).containsExactly("الأمانة العامة لمجلس وزراء الداخلية العرب");
		Extracted convened = read("وشارك ضباط من ست دول في الاجتماع التنسيقي لمكافحة القرصنة الذي دعت إليه المنظمة البحرية الدولية.");
		assertThat(convened.organizers(convened.event())).containsExactly("المنظمة البحرية الدولية");
	}

	@Test
	void shouldReadBothBodiesOfAJointOrganisation() {
		Extracted x = Extracted.read("عنوان\nانطلقت اليوم في الرياض ورشة عمل حول مكافحة الاتجار بالبشر بتنظيم مشترك بين جامعة نايف العربية "
				+ "للعلوم الأمنية والإنتربول.");
		assertThat(x.organizers(x.event())).containsExactlyInAnyOrder("جامعة نايف العربية للعلوم الأمنية", "المنظمة الدولية للشرطة الجنائية");
	}

	@Test
	void shouldReadTheBodyThatCarriesOutAProgrammeAsItsOrganiser() {
		Extracted x = read("عنوان\nنفذت أكاديمية الشرطة برنامجا تدريبيا حول التحقيق الجنائي الرقمي في القاهرة.");
		assertThat(x.organizers(x.event())).singleElement().asString().contains("أكاديمية الشرطة");
	}
}
