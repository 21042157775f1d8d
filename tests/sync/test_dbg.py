from pathlib import Path
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org

def test_dbg(shared: SharedServer, tmp_path: Path) -> None:
    office = shared.dortmund.workspace()
    org_id = create_org(office, "Stahlbau", city="Dortmund")
    laptop, init = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    ws = laptop.workspace()
    edit_org(ws, org_id, phone="0231 123456")
    print(laptop.sql("select * from sync_change"), laptop.sql("select * from sync_base"))
    s = laptop.sync()
    print(s)
    print(shared.psql(shared.dortmund, "select phone, city, version from organisation").stdout)
    print(shared.psql(shared.dortmund, "select * from sync_receipt").stdout)
    print(laptop.sql("select phone, city, version from organisation"))
    assert 0
