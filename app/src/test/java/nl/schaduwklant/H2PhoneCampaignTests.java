package nl.schaduwklant;

/**
 * The phone campaign on the embedded default database (H2).
 */
@SchaduwklantTest
class H2PhoneCampaignTests extends PhoneCampaignEndToEndTests {

}
