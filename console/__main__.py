"""`python -m console` behaves exactly like the `dispatch-console` command."""

from console.cli import main

raise SystemExit(main())
