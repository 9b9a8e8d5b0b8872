package nl.schaduwklant;

/**
 * The phone campaign on PostgreSQL.
 */
@SchaduwklantPostgresTest
class PostgresPhoneCampaignTests extends PhoneCampaignEndToEndTests {

}
