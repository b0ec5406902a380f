"""Looking into a knowledge base that another process is writing, without opening a `Store`
(which would create or migrate the schema under that process's feet)."""

from __future__ import annotations

import sqlalchemy as sa

from turnover.store import database_url


def count_articles(url: str) -> int:
    """Articles committed so far; 0 while the schema is not there yet."""
    engine = sa.create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("articles"):
                return 0
            return conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() or 0
    except sa.exc.OperationalError:
        return 0  # the schema is being created
    finally:
        engine.dispose()
